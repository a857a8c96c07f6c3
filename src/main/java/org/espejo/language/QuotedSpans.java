package org.espejo.language;

import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Span;

/**
 * Finds the stretches of a paragraph inside double quotation marks: “…”, «…», „…“ and
 * straight "…". Only the outermost quotation counts; a quotation left open runs to the end of
 * the paragraph (novels open a quotation in one paragraph and close it in a later one). Single
 * quotation marks are ignored: they cannot be told apart from apostrophes. Stateless.
 */
final class QuotedSpans {

    private QuotedSpans() {
    }

    /** The contents (without the marks) of the quotations in {@code text}, in order. */
    static List<Span> in(String text) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (isOpener(c)) {
                    open = i + 1;
                    opener = c;
                }
            } else if (closes(opener, c)) {
                addIfNotEmpty(quotes, open, i);
                open = -1;
            }
        }
        if (open >= 0) {
            addIfNotEmpty(quotes, open, text.length());
        }
        return quotes;
    }

    /** Letters of {@code text} inside {@code span} that also lie inside one of {@code quotes}. */
    static int quotedLetters(String text, Span span, List<Span> quotes) {
        int n = 0;
        for (Span q : quotes) {
            int start = Math.max(q.start(), span.start());
            int end = Math.min(q.end(), span.end());
            if (start < end) {
                n += LanguageScores.countLetters(text, start, end);
            }
        }
        return n;
    }

    /**
     * The part of {@code span} from the start of the first quotation inside it to the end of
     * the last; {@code span} itself when no quotation overlaps it.
     */
    static Span quotedPart(Span span, List<Span> quotes) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Span q : quotes) {
            int s = Math.max(q.start(), span.start());
            int e = Math.min(q.end(), span.end());
            if (s < e) {
                start = Math.min(start, s);
                end = Math.max(end, e);
            }
        }
        return end < 0 ? span : new Span(start, end);
    }

    private static boolean isOpener(char c) {
        return c == '“' || c == '«' || c == '„' || c == '"';
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“' -> c == '”' || c == '“';
            case '«' -> c == '»';
            case '„' -> c == '“' || c == '”';
            default -> c == '"';
        };
    }

    private static void addIfNotEmpty(List<Span> quotes, int start, int end) {
        if (end > start) {
            quotes.add(new Span(start, end));
        }
    }
}
