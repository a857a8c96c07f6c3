package org.espejo.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Paired punctuation inside a paragraph: Spanish opening question and exclamation marks,
 * brackets and quotation marks. Stateless.
 */
final class MarkPairs {

    private MarkPairs() {
    }

    /** Unpaired ¿? and ¡! in a Spanish paragraph (a question may close an exclamation: ¡¿…?!, ¿…!). */
    static List<TypoHit> spanishMarks(String text) {
        List<TypoHit> hits = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '¿' || c == '¡') && !(i > 0 && text.charAt(i - 1) == c)) {
                open.push(i);
            } else if ((c == '?' || c == '!') && !(i > 0 && text.charAt(i - 1) == c) && !isInsideToken(text, i)) {
                if (open.isEmpty()) {
                    hits.add(TypoHit.of(c == '?' ? "unopened-question" : "unopened-exclamation", i, i + 1,
                            Severity.ERROR, String.valueOf(c)));
                } else {
                    open.pop();
                }
            }
        }
        for (int i : open) {
            char c = text.charAt(i);
            hits.add(TypoHit.of(c == '¿' ? "unclosed-question" : "unclosed-exclamation", i, i + 1, Severity.ERROR,
                    String.valueOf(c)));
        }
        return hits;
    }

    /** A ? or ! between two non-space characters, as in a URL query ({@code ?id=3}). */
    private static boolean isInsideToken(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && !Character.isWhitespace(text.charAt(i - 1));
    }

    /** Unbalanced ( ) and [ ], ignoring list markers such as {@code a)} and {@code 2)} and smileys. */
    static List<TypoHit> brackets(String text) {
        List<TypoHit> hits = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open.push(i);
            } else if (c == ')' || c == ']') {
                char wanted = c == ')' ? '(' : '[';
                if (!open.isEmpty() && text.charAt(open.peek()) == wanted) {
                    open.pop();
                } else if (!isListMarker(text, i) && !isSmiley(text, i)) {
                    hits.add(TypoHit.of("unopened-bracket", i, i + 1, Severity.WARNING, String.valueOf(c)));
                }
            }
        }
        for (int i : open) {
            hits.add(TypoHit.of("unclosed-bracket", i, i + 1, Severity.WARNING, String.valueOf(text.charAt(i))));
        }
        return hits;
    }

    private static boolean isListMarker(String text, int close) {
        int start = close;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && close - start < 3) {
            start--;
        }
        return start < close && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
    }

    private static boolean isSmiley(String text, int close) {
        return close > 0 && (text.charAt(close - 1) == ':' || text.charAt(close - 1) == ';');
    }

    /** The quotation styles a paragraph opens at the outermost level, in order: «, “ or ". */
    static List<Character> outerQuotes(String text) {
        List<Character> styles = new ArrayList<>();
        int depth = 0;
        boolean straightOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                if (depth == 0 && !straightOpen) {
                    styles.add(c);
                }
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
            } else if (c == '"') {
                if (!straightOpen && depth == 0) {
                    styles.add(c);
                }
                straightOpen = !straightOpen;
            }
        }
        return styles;
    }

    /**
     * Unbalanced quotation marks: « without », “ without ”, an odd number of " (not counting the
     * inch mark after a digit, {@code 2"}). Returns the
     * offending mark; {@code continues} says the next paragraph of the story opens with a quote
     * (a quotation running over several paragraphs), {@code continued} that the previous one
     * left a quote open.
     */
    static List<TypoHit> quotes(String text, boolean continues, boolean continued) {
        List<TypoHit> hits = new ArrayList<>();
        balance(text, '«', '»', continues, continued, hits);
        balance(text, '“', '”', continues, continued, hits);
        int straight = 0;
        int last = -1;
        int inches = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                straight++;
                last = i;
                if (i > 0 && Character.isDigit(text.charAt(i - 1))
                        && (i + 1 == text.length() || Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == ' ')) {
                    inches++;
                }
            }
        }
        boolean inchExplains = inches % 2 == 1;
        if (straight % 2 == 1 && !continues && !continued && !inchExplains) {
            hits.add(TypoHit.of("unbalanced-quote", last, last + 1, Severity.WARNING, "\""));
        }
        return hits;
    }

    private static void balance(String text, char opening, char closing, boolean continues, boolean continued,
                                List<TypoHit> hits) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                open.push(i);
            } else if (c == closing) {
                if (!open.isEmpty()) {
                    open.pop();
                } else if (!continued && !(i == 0 && opening == '«')) {
                    hits.add(TypoHit.of("unbalanced-quote", i, i + 1, Severity.WARNING, String.valueOf(c)));
                }
            }
        }
        if (!open.isEmpty() && !continues) {
            int i = open.getLast();
            hits.add(TypoHit.of("unbalanced-quote", i, i + 1, Severity.WARNING, String.valueOf(opening)));
        }
    }
}
