package org.espejo.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text safe for every exchange format: removes control characters (XML 1.0 forbids
 * most C0 controls, and C1 controls are invisible debris of wrong decodings) except tab and
 * line feed, turns CR LF and lone CR into LF (an XML parser would do it anyway), and replaces
 * lone surrogates and the non-characters U+FFFE / U+FFFF with U+FFFD. Everything else —
 * markup characters, emoji, bidirectional marks — is kept and escaped by each writer.
 * Applied to every document before writing and to every text read, so an export and its
 * import agree. Stateless and thread-safe.
 */
final class SafeText {

    private SafeText() {
    }

    /** The text with forbidden characters removed or replaced. */
    static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                sb.append('\uFFFD');
            } else if (c == '\t' || c == '\n' || !isControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The document with every text cleaned; paragraphs, pairs and rows left empty are dropped. */
    static BilingualDocument clean(BilingualDocument document) {
        List<BilingualRow> rows = new ArrayList<>(document.rows().size());
        for (BilingualRow row : document.rows()) {
            List<String> source = paragraphs(row.source());
            List<String> target = paragraphs(row.target());
            if (source.isEmpty() && target.isEmpty()) {
                continue;
            }
            List<SentencePair> pairs = new ArrayList<>(row.sentencePairs().size());
            for (SentencePair p : row.sentencePairs()) {
                String s = clean(p.source()).strip();
                String t = clean(p.target()).strip();
                if (!s.isEmpty() || !t.isEmpty()) {
                    pairs.add(new SentencePair(s, t));
                }
            }
            List<String> notes = row.notes().stream().map(SafeText::clean).filter(n -> !n.isBlank()).toList();
            rows.add(new BilingualRow(source, target, pairs, row.confidence(), row.status(), notes));
        }
        return new BilingualDocument(clean(document.name()), document.sourceLang(), document.targetLang(), rows);
    }

    private static List<String> paragraphs(List<String> paragraphs) {
        return paragraphs.stream().map(SafeText::clean).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == '\r' || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (c != '\t' && c != '\n' && isControl(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
