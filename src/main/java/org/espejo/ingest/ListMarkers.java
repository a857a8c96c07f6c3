package org.espejo.ingest;

import org.espejo.text.ParagraphKind;

/**
 * Lists that reach Tika's output as text (.doc, RTF, PDF): an item starts with a bullet glyph
 * followed by a space or a tab ({@code "·\tprimer punto"}). Such a block is a list item, and the
 * glyph, which is layout rather than text, goes. Weak markers ({@code o}, {@code -}, {@code *},
 * {@code –}) count only before a tab, as Word writes them. Numbers ("1.") are text and stay.
 * Stateless.
 */
final class ListMarkers {

    private static final String BULLETS = "•·▪◦‣∙●○■□➢➤✓\uF0B7\uF0A7\uF076\uF0D8\uF0FC\uF06E\uF0A8";
    private static final String WEAK = "o-–*";

    private ListMarkers() {
    }

    static Block apply(Block block) {
        String text = block.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start + 1 >= text.length() || !isMarker(text.charAt(start), text.charAt(start + 1))) {
            return block;
        }
        ParagraphKind kind = block.kind() == ParagraphKind.BODY ? ParagraphKind.LIST_ITEM : block.kind();
        return new Block(text.substring(start + 2), kind, block.page());
    }

    /** Whether {@code line} starts with a bullet glyph and a space (a new item in PDF text). */
    static boolean startsWithBullet(String line) {
        return line.length() > 1 && BULLETS.indexOf(line.charAt(0)) >= 0 && Character.isWhitespace(line.charAt(1));
    }

    private static boolean isMarker(char glyph, char next) {
        return (BULLETS.indexOf(glyph) >= 0 && Character.isWhitespace(next)) || (WEAK.indexOf(glyph) >= 0 && next == '\t');
    }
}
