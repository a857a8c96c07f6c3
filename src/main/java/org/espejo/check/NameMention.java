package org.espejo.check;

import java.util.List;
import org.espejo.text.Span;

/**
 * A proper name found in a passage: one or more capitalised words, possibly joined by
 * connectors ("Universidad de Salamanca").
 *
 * @param paragraph the paragraph it is in
 * @param span      where it is
 * @param surface   as written
 * @param words     its words, connectors included
 */
record NameMention(int paragraph, Span span, String surface, List<Word> words) {

    NameMention {
        words = List.copyOf(words);
    }

    /**
     * The words that carry the name (connectors left out, unless the name is nothing else), as
     * comparison keys; a hyphenated word also gives its parts ("Renania-Palatinado").
     */
    List<String> keys() {
        List<String> folded = words.stream().map(Word::folded).toList();
        List<String> carrying = folded.stream().filter(w -> !Stopwords.isConnector(w)).toList();
        List<String> keys = new java.util.ArrayList<>();
        for (String w : carrying.isEmpty() ? folded : carrying) {
            keys.add(Cognates.key(w));
            String[] parts = Cognates.possessiveFree(w).split("-");
            if (parts.length > 1) {
                for (String part : parts) {
                    if (part.length() >= 3) {
                        keys.add(part);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Whether the name is too weak to report as missing: made only of common words, an
     * acronym (translations localise them: PYME, SMEs), an English nationality adjective
     * ("British", "Korean", which translations add and drop freely and Spanish writes in lower
     * case), or a Spanish verb that an old text capitalised.
     */
    boolean isWeak(org.espejo.text.Lang lang, org.espejo.text.Lang otherLang) {
        if (!hasStrongWord(lang, otherLang)) {
            return true;
        }
        if (words.stream().allMatch(Word::isAllCaps)) {
            return true;
        }
        if (words.size() != 1) {
            return false;
        }
        return lang == org.espejo.text.Lang.SPANISH && looksLikeVerb(words.get(0).text());
    }

    /**
     * "Obligóle", "Acechemos", "Huirá", "Sálvate": verbs that old texts capitalise after a colon
     * (an imperative with a pronoun attached keeps the stress of the verb, so it carries a written
     * accent before the pronoun: "sálvate", "levántate", "dígame").
     */
    private static boolean looksLikeVerb(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.matches(".*[áéíó](le|la|lo|les|las|los|se|me|te|nos)") || w.endsWith("emos") || w.endsWith("aron")
                || w.endsWith("ieron") || w.matches(".*[aei]rá(n)?") || w.matches(".*[áéíóú]\\p{L}+(te|me|se|nos)");
    }

    /** The whole name as one comparison key: folded, without spaces, dots or hyphens. */
    String key() {
        return String.join("", keys());
    }

    /**
     * Whether some word of the name is neither a common word of its language nor, by its
     * spelling, a common word of the other language: "Asuntos Exteriores" and "Chamber of
     * Deputies" are institutions named with common words, which translations translate.
     */
    private boolean hasStrongWord(org.espejo.text.Lang lang, org.espejo.text.Lang otherLang) {
        return !strongKeys(lang, otherLang).isEmpty();
    }

    /**
     * The keys of the name's words that are neither connectors, common words of its language,
     * nor by their spelling common words of the other language (nor, in English, nationality
     * adjectives).
     */
    List<String> strongKeys(org.espejo.text.Lang lang, org.espejo.text.Lang otherLang) {
        List<String> strong = new java.util.ArrayList<>();
        for (Word w : words) {
            String f = Cognates.key(w.folded());
            if (!Stopwords.isConnector(w.folded()) && !CommonWords.isCommon(lowerCase(w), lang)
                    && !CommonWords.hasCommonCognate(f, otherLang) && !isDemonym(f, lang)) {
                strong.add(f);
            }
        }
        return strong;
    }

    private static boolean isDemonym(String w, org.espejo.text.Lang lang) {
        return lang == org.espejo.text.Lang.ENGLISH && w.length() > 4 && (w.endsWith("an") || w.endsWith("ese")
                || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("i") || w.endsWith("ic"));
    }

    /** Whether the name is only a nationality adjective with common words ("Eastern European"). */
    boolean isDemonymOnly(org.espejo.text.Lang lang) {
        return lang == org.espejo.text.Lang.ENGLISH && words.stream().allMatch(w -> {
            String f = Cognates.key(w.folded());
            return Stopwords.isConnector(w.folded()) || CommonWords.isCommon(lowerCase(w), lang) || isDemonym(f, lang);
        });
    }

    /** A word in lower case with its accents, without a possessive: how the common-word lists write it. */
    static String lowerCase(Word w) {
        return Cognates.possessiveFree(w.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** The initials of the name's capitalised words: "Fuerza Obrera" → "FO". */
    String initials() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (w.isCapitalised() && !Stopwords.isConnector(w.folded())) {
                sb.append(w.text().charAt(0));
            }
        }
        return sb.toString();
    }

    Mark mark() {
        return new Mark(paragraph, span);
    }
}
