package org.espejo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.espejo.text.Span;

/** Cuts passages into {@link Word}s. Stateless. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*");
    /** Characters after which the next word opens a new unit (sentence, quote, parenthesis). */
    private static final String OPENERS = ".:;!?¿¡\"“«‘'(—–-[…";
    /** English verbs after which a comma opens quoted speech. */
    private static final java.util.Set<String> SPEECH_VERBS = java.util.Set.of("said", "saith", "saying", "says",
            "answered", "answering", "cried", "asked", "spake");

    private Words() {
    }

    /** The words of a passage, each knowing whether it opens a sentence or a quotation. */
    static List<Word> of(Passage passage) {
        String text = passage.text();
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            boolean initial = opensUnit(text, m.start(), sentenceStart(passage, m.start()));
            words.add(new Word(m.start(), m.end(), m.group(), initial));
        }
        return words;
    }

    /** The words of a plain text, with the first word and words after openers initial. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group(), opensUnit(text, m.start(), 0)));
        }
        return words;
    }

    /** The folded words of a text, in order. */
    static List<String> folded(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(org.espejo.text.Folding.fold(m.group()));
        }
        return words;
    }

    private static int sentenceStart(Passage passage, int position) {
        int start = 0;
        for (Span s : passage.sentences()) {
            if (s.start() <= position) {
                start = s.start();
            }
        }
        return start;
    }

    private static boolean opensUnit(String text, int wordStart, int sentenceStart) {
        for (int i = wordStart - 1; i >= sentenceStart; i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            if (OPENERS.indexOf(c) >= 0 || (c == ',' && followsSpeechVerb(text, i, sentenceStart))) {
                return true;
            }
        }
        return true;
    }

    /**
     * Whether the word before position {@code comma} introduces speech ("And he said, Whereunto
     * shall we liken…"): older English quotes without quotation marks and capitalises the first
     * word of the speech after the comma.
     */
    private static boolean followsSpeechVerb(String text, int comma, int sentenceStart) {
        int end = comma;
        int start = end;
        while (start > sentenceStart && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && SPEECH_VERBS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }
}
