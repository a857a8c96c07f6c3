package org.espejo.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.espejo.text.ParagraphKind;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML SAX events and collects one block of text per block element: each
 * {@code p}, heading, list item, table cell, block quote or {@code div} text becomes a
 * {@link DocumentExtractor.Block}. Text outside the body (the title) is ignored.
 */
final class BlockCollector extends DefaultHandler {

    private final long maxCharacters;
    private final List<DocumentExtractor.Block> blocks = new ArrayList<>();
    private final Deque<ParagraphKind> open = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private long characters;
    private boolean inBody;
    private boolean overLimit;

    BlockCollector(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    List<DocumentExtractor.Block> blocks() {
        return blocks;
    }

    boolean overLimit() {
        return overLimit;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName.toLowerCase(Locale.ROOT) : localName.toLowerCase(Locale.ROOT);
        if (name.equals("body")) {
            inBody = true;
            return;
        }
        ParagraphKind kind = kindOf(name);
        if (kind != null) {
            flush();
            open.push(kind);
        } else if (name.equals("br")) {
            current.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName.toLowerCase(Locale.ROOT) : localName.toLowerCase(Locale.ROOT);
        if (name.equals("body")) {
            flush();
            inBody = false;
            return;
        }
        if (kindOf(name) != null) {
            flush();
            if (!open.isEmpty()) {
                open.pop();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inBody || overLimit) {
            return;
        }
        characters += length;
        if (characters > maxCharacters) {
            overLimit = true;
            return;
        }
        current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        if (current.toString().isBlank()) {
            current.setLength(0);
            return;
        }
        ParagraphKind kind = open.isEmpty() ? ParagraphKind.BODY : open.peek();
        blocks.add(new DocumentExtractor.Block(current.toString(), kind));
        current.setLength(0);
    }

    private static ParagraphKind kindOf(String element) {
        return switch (element) {
            case "p", "div", "pre", "dd", "dt" -> ParagraphKind.BODY;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> ParagraphKind.HEADING;
            case "li" -> ParagraphKind.LIST_ITEM;
            case "td", "th" -> ParagraphKind.TABLE_CELL;
            case "blockquote" -> ParagraphKind.QUOTE;
            default -> null;
        };
    }
}
