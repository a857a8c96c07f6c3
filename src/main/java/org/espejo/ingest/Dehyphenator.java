package org.espejo.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins the lines of a PDF paragraph, undoing end-of-line hyphenation: "gober-" + "nador" gives
 * "gobernador", while a real compound broken at its hyphen keeps it. A hyphen is kept when the
 * next line starts with a capital or a digit ("Jean-" + "Paul"), after a number ("1990-" +
 * "2000"), when the document writes that compound with its hyphen elsewhere ("franco-mexicano")
 * and not the joined word, or when the document uses the first part as a compound prefix
 * elsewhere ("franco-"); otherwise the hyphen is a line-break hyphen and goes. A soft hyphen at a line end always goes. The vocabulary comes
 * from the document itself. Immutable once built; thread-safe.
 */
final class Dehyphenator {

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    private Dehyphenator() {
    }

    /** A dehyphenator knowing the words of {@code paragraphs}, each a list of lines. */
    static Dehyphenator of(List<List<String>> paragraphs) {
        Dehyphenator d = new Dehyphenator();
        for (List<String> lines : paragraphs) {
            boolean continued = false;
            for (String line : lines) {
                String[] tokens = line.strip().split("[^\\p{L}\\p{M}\\-\u2010]+");
                boolean breaks = endsWithHyphen(line);
                for (int i = 0; i < tokens.length; i++) {
                    boolean fragment = (i == 0 && continued) || (i == tokens.length - 1 && breaks);
                    if (!fragment) {
                        d.learn(tokens[i]);
                    }
                }
                continued = breaks;
            }
        }
        return d;
    }

    /** The lines joined into one paragraph. */
    String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String piece = line.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (sb.length() == 0) {
                sb.append(piece);
            } else {
                appendLine(sb, piece);
            }
        }
        return sb.toString();
    }

    /** Appends {@code next} to the text so far as the following line. */
    void appendLine(StringBuilder text, String next) {
        int last = text.length() - 1;
        char end = text.charAt(last);
        if (end == '\u00AD') {
            text.setLength(last);
            text.append(next);
        } else if (isHyphen(end) && last > 0 && Character.isLetterOrDigit(text.charAt(last - 1))
                && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
            if (keepsHyphen(trailingWord(text, last), leadingWord(next))) {
                text.append(next);
            } else {
                text.setLength(last);
                text.append(next);
            }
        } else {
            text.append(' ').append(next);
        }
    }

    private boolean keepsHyphen(String left, String right) {
        if (left.isEmpty() || right.isEmpty() || !Character.isLowerCase(right.charAt(0))) {
            return true;
        }
        String l = left.toLowerCase(Locale.ROOT);
        String r = right.toLowerCase(Locale.ROOT);
        if (compounds.contains(l + "-" + r)) {
            return true;
        }
        if (words.contains(l + r)) {
            return false;
        }
        return prefixes.contains(l);
    }

    private void learn(String token) {
        String t = token.replace('\u2010', '-').toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.startsWith("-") || t.endsWith("-")) {
            return;
        }
        int hyphen = t.indexOf('-');
        if (hyphen < 0) {
            words.add(t);
        } else {
            compounds.add(t);
            prefixes.add(t.substring(0, hyphen));
        }
    }

    private static String trailingWord(CharSequence text, int hyphenAt) {
        int start = hyphenAt;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, hyphenAt).toString();
    }

    private static String leadingWord(String next) {
        int end = 0;
        while (end < next.length() && isWordChar(next.charAt(end))) {
            end++;
        }
        return next.substring(0, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean endsWithHyphen(String line) {
        String s = line.strip();
        return !s.isEmpty() && (isHyphen(s.charAt(s.length() - 1)) || s.charAt(s.length() - 1) == '\u00AD');
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }
}
