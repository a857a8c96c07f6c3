package org.espejo.text;

/** What a paragraph is in its document's structure; the UI styles each kind differently. */
public enum ParagraphKind {
    HEADING,
    BODY,
    LIST_ITEM,
    QUOTE,
    TABLE_CELL
}
