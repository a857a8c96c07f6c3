package org.espejo.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the blocks Tika finds on PDF pages (lines separated by {@code '\n'}) into paragraphs:
 * running headers, footers and page numbers ({@link RunningLines}) are dropped, a block's lines
 * are joined with end-of-line hyphenation undone ({@link Dehyphenator}), and a paragraph cut by
 * a page break (it ends without a full stop and the next page goes on in lower case) is joined
 * again. Stateless.
 */
final class PdfParagraphs {

    private PdfParagraphs() {
    }

    static List<Block> rebuild(List<Block> blocks) {
        List<PageBlock> lines = withoutRunningLines(splitLines(blocks));
        Dehyphenator dehyphenator = Dehyphenator.of(lines.stream().map(PageBlock::lines).toList());
        List<Block> paragraphs = new ArrayList<>();
        Block previous = null;
        for (PageBlock block : lines) {
            if (block.lines().isEmpty()) {
                continue;
            }
            String text = dehyphenator.join(block.lines());
            if (previous != null && previous.page() != block.page() && continuesOn(previous.text(), text)) {
                StringBuilder joined = new StringBuilder(previous.text());
                dehyphenator.appendLine(joined, text);
                previous = new Block(joined.toString(), previous.kind(), block.page());
                paragraphs.set(paragraphs.size() - 1, previous);
            } else {
                previous = new Block(text, block.kind(), block.page());
                paragraphs.add(previous);
            }
        }
        return paragraphs;
    }

    /** A paragraph goes on across a page break when it has no final stop and the next one starts in lower case. */
    static boolean continuesOn(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        boolean ended = ".!?…:;»\"”’)]".indexOf(last) >= 0;
        return !ended && Character.isLowerCase(after.codePointAt(0));
    }

    /** Each block's lines; a line starting with a bullet glyph starts a block of its own (a list item). */
    private static List<PageBlock> splitLines(List<Block> blocks) {
        List<PageBlock> result = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            int page = Math.max(0, block.page());
            List<String> lines = new ArrayList<>();
            for (String raw : block.text().split("\n")) {
                String line = raw.strip();
                if (TextCleaner.isBlank(line)) {
                    continue;
                }
                if (ListMarkers.startsWithBullet(line) && !lines.isEmpty()) {
                    result.add(new PageBlock(page, block.kind(), lines));
                    lines = new ArrayList<>();
                }
                lines.add(line);
            }
            result.add(new PageBlock(page, block.kind(), lines));
        }
        return result;
    }

    private static List<PageBlock> withoutRunningLines(List<PageBlock> blocks) {
        TreeMap<Integer, List<String>> pages = new TreeMap<>();
        for (PageBlock block : blocks) {
            pages.computeIfAbsent(block.page(), p -> new ArrayList<>()).addAll(block.lines());
        }
        Set<String> running = RunningLines.find(new ArrayList<>(pages.values()));
        if (running.isEmpty()) {
            return blocks;
        }
        List<PageBlock> result = new ArrayList<>(blocks.size());
        int page = -1;
        int lineOnPage = 0;
        for (PageBlock block : blocks) {
            if (block.page() != page) {
                page = block.page();
                lineOnPage = 0;
            }
            int pageSize = pages.get(page).size();
            List<String> kept = new ArrayList<>();
            for (String line : block.lines()) {
                boolean edge = RunningLines.isAtEdge(lineOnPage++, pageSize);
                if (!edge || !running.contains(RunningLines.key(line))) {
                    kept.add(line);
                }
            }
            result.add(new PageBlock(block.page(), block.kind(), kept));
        }
        return result;
    }

    /** A block's lines on its page. */
    private record PageBlock(int page, org.espejo.text.ParagraphKind kind, List<String> lines) {
    }
}
