package org.espejo.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.espejo.text.ParagraphKind;

/**
 * Reads Markdown (CommonMark with GitHub tables) into blocks: {@code #} and underlined headings
 * are headings, the paragraphs of list items and block quotes are list items and quotes, table
 * cells are table cells, code blocks are body text. Markup is dropped (emphasis, link targets,
 * images, inline HTML, a YAML front matter block); the words stay. Block nesting is capped, so hostile nesting stays flat
 * and cheap. Thread-safe.
 */
final class MarkdownBlocks {

    private static final int MAX_NESTING = 32;
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A---[ \\t]*\\R(?:[^\\r\\n]*\\R){0,200}?(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .maxOpenBlockParsers(MAX_NESTING)
            .maxInlineNesting(MAX_NESTING)
            .build();

    private MarkdownBlocks() {
    }

    static List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        collect(PARSER.parse(withoutFrontMatter(markdown)), blocks);
        return blocks;
    }

    /** The text without a leading YAML front matter block ({@code ---} … {@code ---}), which is metadata. */
    static String withoutFrontMatter(String markdown) {
        Matcher matcher = FRONT_MATTER.matcher(markdown);
        return matcher.lookingAt() ? markdown.substring(matcher.end()) : markdown;
    }

    private static void collect(Node node, List<Block> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading) {
                blocks.add(new Block(inlineText(child), ParagraphKind.HEADING));
            } else if (child instanceof Paragraph) {
                blocks.add(new Block(inlineText(child), kindOf(child)));
            } else if (child instanceof TableCell) {
                blocks.add(new Block(inlineText(child), ParagraphKind.TABLE_CELL));
            } else if (child instanceof FencedCodeBlock code) {
                blocks.add(new Block(code.getLiteral(), kindOf(child)));
            } else if (child instanceof IndentedCodeBlock code) {
                blocks.add(new Block(code.getLiteral(), kindOf(child)));
            } else if (!(child instanceof HtmlBlock)) {
                collect(child, blocks);
            }
        }
    }

    /** The kind given by the innermost list item or block quote around {@code node}. */
    private static ParagraphKind kindOf(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListItem) {
                return ParagraphKind.LIST_ITEM;
            }
            if (parent instanceof BlockQuote) {
                return ParagraphKind.QUOTE;
            }
        }
        return ParagraphKind.BODY;
    }

    private static String inlineText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendInline(node, sb);
        return sb.toString();
    }

    private static void appendInline(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (child instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                sb.append(' ');
            } else if (!(child instanceof Image) && !(child instanceof HtmlInline)) {
                appendInline(child, sb);
            }
        }
    }
}
