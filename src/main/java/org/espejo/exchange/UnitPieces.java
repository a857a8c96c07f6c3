package org.espejo.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a row into the pieces of an XLIFF unit: one segment per sentence pair, and ignorable
 * whitespace between them, so that the pieces put together give exactly the row's source and
 * target texts. When the sentence pairs do not fit the row's texts (a pair's text is not found
 * where expected, or text would fall between segments), the whole row becomes one segment:
 * nothing is lost. Stateless and thread-safe.
 */
final class UnitPieces {

    /**
     * One piece of a unit.
     *
     * @param source    its source text
     * @param target    its target text
     * @param ignorable whether it is whitespace between segments rather than a segment
     */
    record Piece(String source, String target, boolean ignorable) {
    }

    private UnitPieces() {
    }

    /** The pieces of a (cleaned) row, in order. */
    static List<Piece> of(BilingualRow row) {
        String s = row.sourceText();
        String t = row.targetText();
        if (row.sentencePairs().isEmpty()) {
            return List.of(new Piece(s, t, false));
        }
        List<Piece> pieces = new ArrayList<>(row.sentencePairs().size() * 2);
        int si = 0;
        int ti = 0;
        for (SentencePair pair : row.sentencePairs()) {
            int a = locate(s, pair.source(), si);
            int b = locate(t, pair.target(), ti);
            if (a < 0 || b < 0) {
                return List.of(new Piece(s, t, false));
            }
            addGap(pieces, s.substring(si, a), t.substring(ti, b));
            pieces.add(new Piece(pair.source(), pair.target(), false));
            si = a + pair.source().length();
            ti = b + pair.target().length();
        }
        if (!s.substring(si).isBlank() || !t.substring(ti).isBlank()) {
            return List.of(new Piece(s, t, false));
        }
        addGap(pieces, s.substring(si), t.substring(ti));
        return pieces;
    }

    /** Where {@code part} starts in {@code text} after only whitespace from {@code from}, or -1. */
    private static int locate(String text, String part, int from) {
        if (part.isEmpty()) {
            return from;
        }
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.startsWith(part, at) ? at : -1;
    }

    private static void addGap(List<Piece> pieces, String source, String target) {
        if (!source.isEmpty() || !target.isEmpty()) {
            pieces.add(new Piece(source, target, true));
        }
    }
}
