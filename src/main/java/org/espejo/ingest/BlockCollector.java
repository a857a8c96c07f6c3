package org.espejo.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.espejo.text.ParagraphKind;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML SAX events and collects one {@link Block} per block element: each
 * paragraph, heading, list item, table cell, quote or layout container. A block's kind is that of
 * the innermost enclosing heading, list item, table cell or quote ({@code <li><p>…</p></li>} is a
 * list item); Word styles arrive as a class ({@code list_Paragraph}, {@code quote}). Two line
 * breaks in a row end a paragraph. For PDFs every {@code <div class="page">} starts a new page.
 * Only the body counts. Limits are enforced while collecting, through the {@link ParseGuard}.
 * One instance per parse; not thread-safe.
 */
final class BlockCollector extends DefaultHandler {

    private final ExtractionLimits limits;
    private final ParseGuard guard;
    private final boolean paged;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<ParagraphKind> open = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private long characters;
    private int bodyDepth;
    private int page = Block.NO_PAGE;
    private boolean lineBreakPending;

    BlockCollector(ExtractionLimits limits, ParseGuard guard, boolean paged) {
        this.limits = limits;
        this.guard = guard;
        this.paged = paged;
    }

    List<Block> blocks() {
        return blocks;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        guard.check();
        String name = nameOf(localName, qName);
        if (name.equals("body")) {
            bodyDepth++;
            return;
        }
        if (bodyDepth == 0) {
            return;
        }
        if (name.equals("br")) {
            lineBreak();
            return;
        }
        if (paged && name.equals("div") && "page".equals(attributes.getValue("class"))) {
            flush();
            page++;
        }
        if (isBlock(name)) {
            flush();
            open.push(kindOf(name, attributes.getValue("class")));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        guard.check();
        String name = nameOf(localName, qName);
        if (name.equals("body")) {
            flush();
            bodyDepth--;
            return;
        }
        if (bodyDepth > 0 && isBlock(name)) {
            flush();
            if (!open.isEmpty()) {
                open.pop();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        guard.check();
        if (bodyDepth == 0) {
            return;
        }
        if (lineBreakPending && !isWhitespace(ch, start, length)) {
            lineBreakPending = false;
        }
        characters += length;
        if (characters > limits.maxCharacters()) {
            throw guard.stopNow(ExtractionFailure.TOO_MUCH_TEXT, "over " + limits.maxCharacters() + " characters");
        }
        if (current.length() + length > limits.maxParagraphCharacters() && !isWhitespace(ch, start, length)) {
            throw guard.stopNow(ExtractionFailure.PARAGRAPH_TOO_LONG,
                    "a paragraph over " + limits.maxParagraphCharacters() + " characters");
        }
        current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
    }

    /** A second line break with only spaces since the first one ends the paragraph. */
    private void lineBreak() {
        if (lineBreakPending) {
            flush();
            lineBreakPending = false;
        } else {
            current.append('\n');
            lineBreakPending = true;
        }
    }

    private void flush() {
        lineBreakPending = false;
        if (current.length() == 0) {
            return;
        }
        if (!TextCleaner.isBlank(current)) {
            blocks.add(new Block(current.toString(), currentKind(), page));
        }
        current.setLength(0);
    }

    private ParagraphKind currentKind() {
        for (ParagraphKind kind : open) {
            if (kind != ParagraphKind.BODY) {
                return kind;
            }
        }
        return ParagraphKind.BODY;
    }

    private static String nameOf(String localName, String qName) {
        return (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }

    private static boolean isBlock(String element) {
        return switch (element) {
            case "p", "div", "pre", "dd", "dt", "address", "h1", "h2", "h3", "h4", "h5", "h6",
                 "li", "td", "th", "tr", "blockquote", "table", "ul", "ol", "dl" -> true;
            default -> false;
        };
    }

    private static ParagraphKind kindOf(String element, String styleClass) {
        ParagraphKind byElement = switch (element) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> ParagraphKind.HEADING;
            case "li" -> ParagraphKind.LIST_ITEM;
            case "td", "th" -> ParagraphKind.TABLE_CELL;
            case "blockquote" -> ParagraphKind.QUOTE;
            default -> ParagraphKind.BODY;
        };
        if (byElement != ParagraphKind.BODY || styleClass == null) {
            return byElement;
        }
        return kindOfStyle(styleClass.toLowerCase(Locale.ROOT));
    }

    /** Word and LibreOffice paragraph styles, as Tika passes them on in the class attribute. */
    private static ParagraphKind kindOfStyle(String style) {
        if (style.contains("quote") || style.contains("quotation")) {
            return ParagraphKind.QUOTE;
        }
        if (style.startsWith("list")) {
            return ParagraphKind.LIST_ITEM;
        }
        if (style.equals("title") || style.equals("subtitle") || style.startsWith("heading")) {
            return ParagraphKind.HEADING;
        }
        return ParagraphKind.BODY;
    }

    private static boolean isWhitespace(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }
}
