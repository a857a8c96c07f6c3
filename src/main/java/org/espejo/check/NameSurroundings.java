package org.espejo.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words just before and just after a name in its passage, when nothing but spaces (or a
 * title such as "Mrs.") separates them from it: what the name's own sentence says about its
 * role ("the singer Rosa Marín", "Quiroga moved", "says Ana Ruiz").
 *
 * @param text      the passage text
 * @param before    the word just before the name, if only spaces separate them
 * @param after     the word just after the name, if only spaces separate them
 * @param preceding the text of the passage before the name
 * @param following the text of the passage after the name
 */
record NameSurroundings(String text, Optional<Word> before, Optional<Word> after, Optional<Word> beforeThat,
                        String preceding, String following) {

    /** Words of time, which stand before a name without describing it ("Cada mañana Tomás", "Last night Quiroga"). */
    private static final Set<String> TIME_WORDS = Set.of("mañana", "tarde", "noche", "día", "semana", "mes", "año",
            "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "today", "yesterday",
            "tomorrow", "tonight", "later", "then", "now", "luego", "entonces", "ahora", "pronto");

    /** English words that open a clause or a phrase, not descriptions ("soon after Kerviel entered"). */
    private static final Set<String> LINKING_WORDS = Set.of("after", "before", "as", "than", "like", "when",
            "whenever", "while", "since", "until", "unless", "because", "although", "though", "whether", "which",
            "who", "whom", "whose", "what", "how", "why", "once", "about", "over", "under", "between", "against",
            "across", "through", "throughout", "near", "without", "within", "during", "including", "towards",
            "toward", "upon", "around", "behind", "beyond", "into", "onto", "both", "either", "neither", "nor",
            "yet", "even", "only", "just", "also", "not", "unlike", "besides", "despite", "among", "amongst");

    /** Articles and possessives that open a description ("the tireless Ana Ruiz", "su hija Lucía"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "el", "la", "los", "las", "un", "una", "su", "sus", "nuestro", "nuestra");

    /** "ministro de", "Secretary of the": what a portfolio of a government follows. */
    private static final Pattern PORTFOLIO_TITLE = Pattern.compile("(?iu)(?<!\\p{L})(?:ministr[oa]s?|ministerio|secretar[ií]as?"
            + "|consejer[oa]s?|consejería|departamento|ministers?|ministry|secretary|department)"
            + "(?:\\s+\\p{Lu}\\p{L}*)?\\s+(?:de|del|de la|de los|of|of the|for|for the)\\s+$");
    /** A number right after the name: "Bilbao 30". */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^[ -]?(\\d+)\\b");

    /** Courtesy titles skipped when looking for the word before a name ("adds Mrs. Alliot-Marie"). */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "sr", "sra", "srta",
            "don", "dona");

    /** Titles and descriptions that make the name an apposition ("el presidente Obama"), though function-like. */
    private static final Set<String> TITLES = Set.of("presidente", "ministro", "ministra", "rey", "reina",
            "president", "minister", "secretary", "senator", "governor", "mayor", "king", "queen", "prince",
            "princess", "chairman", "chief", "general", "judge");

    /** The surroundings of {@code name} in {@code passage}, whose words are {@code words}. */
    static NameSurroundings of(Passage passage, List<Word> words, NameMention name) {
        String text = passage.text();
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.start() >= name.span().start() && w.end() <= name.span().end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Optional<Word> before = Optional.empty();
        Optional<Word> beforeThat = Optional.empty();
        Optional<Word> after = Optional.empty();
        if (first >= 0) {
            int b = first - 1;
            while (b >= 0 && COURTESY.contains(words.get(b).folded())
                    && titleGap(text, words.get(b).end(), words.get(b + 1).start())) {
                b--;
            }
            if (b >= 0 && text.substring(words.get(b).end(), words.get(b + 1).start()).isBlank()) {
                before = Optional.of(words.get(b));
                if (b > 0 && text.substring(words.get(b - 1).end(), words.get(b).start()).isBlank()) {
                    beforeThat = Optional.of(words.get(b - 1));
                }
            }
            if (last + 1 < words.size() && text.substring(words.get(last).end(), words.get(last + 1).start()).isBlank()) {
                after = Optional.of(words.get(last + 1));
            }
        }
        int start = Math.min(text.length(), name.span().start());
        int end = Math.min(text.length(), name.span().end());
        return new NameSurroundings(text, before, after, beforeThat, text.substring(0, start), text.substring(end));
    }

    /** A space, or the dot and space of an abbreviated title ("Mrs. Alliot-Marie"). */
    private static boolean titleGap(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.isBlank() || between.equals(". ");
    }

    /**
     * Whether the name stands next to a description of its bearer ("Nigerian general Okonkwo",
     * "su hija Lucía", "her former husband Tomás Vidal"): a lower-case word before it that is
     * neither a function word nor a verb (unless an article or possessive opens it: "the
     * tireless Ana Ruiz"); Spanish puts an article or possessive before such a description
     * ("la cantante Rosa Marín"), so there it must have one, or be a title ("tres años
     * Quiroga" is no apposition). A translation that keeps the description and drops
     * the name has dropped the name, whatever pronouns the sentence holds.
     */
    boolean isApposition(org.espejo.text.Lang lang) {
        if (before.isEmpty() || !before.get().isLowerCase()) {
            return false;
        }
        String word = before.get().text().toLowerCase(Locale.ROOT);
        String folded = before.get().folded();
        if (word.length() < 3 || (Stopwords.isStopword(folded) && !TITLES.contains(folded)) || TIME_WORDS.contains(word)
                || LINKING_WORDS.contains(word)) {
            return false;
        }
        boolean determined = beforeThat.map(w -> DETERMINERS.contains(w.folded())).orElse(false);
        if (lang == org.espejo.text.Lang.SPANISH) {
            return determined || TITLES.contains(folded);
        }
        return determined || !ImplicitRenderings.looksLikeVerb(word, lang);
    }

    /**
     * Whether the name follows a minister's or department's title ("ministro de Medio Ambiente",
     * "Secretary of the Interior"): a portfolio, which translations translate with the title.
     */
    boolean isPortfolio() {
        return PORTFOLIO_TITLE.matcher(preceding).find();
    }

    /**
     * Whether {@code counterpart} writes the name with the number that follows it as a local code
     * of initials and digits: "Bilbao 30" and "B30" or "30B".
     */
    boolean isCodedIn(NameMention name, String counterpart) {
        Matcher number = NUMBER_AFTER.matcher(following);
        String initials = name.initials();
        if (!number.find() || initials.isEmpty()) {
            return false;
        }
        String n = number.group(1);
        String i = Pattern.quote(initials);
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + n + "\\s?" + i + "|" + i + "[\\s-]?" + n + ")(?![\\p{L}\\d])")
                .matcher(counterpart).find();
    }
}
