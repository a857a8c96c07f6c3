package org.espejo.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence segmentation with ICU's rule-based sentence break iterator (Unicode UAX #29) and
 * ICU's per-language abbreviation suppressions, extended with Spanish and English
 * abbreviations that ICU's data lacks, then a pass that re-joins breaks ICU gets wrong:
 * after initials ({@code "J. R. R. Tolkien"}), inside doubled-letter Spanish plurals
 * ({@code "EE. UU."}, {@code "FF. AA."}), and after abbreviations that never end a sentence
 * before a capital or a number ({@code "s. XX"}, {@code "pág. 4"}). Decimals ({@code 3.5},
 * {@code 2,4}), inverted marks ({@code ¿?¡!}) and closing quotes follow UAX #29.
 *
 * <p>ICU's Spanish list also holds abbreviations that are ordinary words ({@code "mar."} for
 * <i>marzo</i> is also <i>mar</i>, the sea; {@code "col."}, {@code "Bien."}, …): after these a
 * period ends the sentence as usual, and a month abbreviation keeps its period only before a
 * number ({@code "el 15 mar. 2021."}).
 *
 * <p>Thread-safe: the iterators are prototypes, and each call works on its own clone (ICU's
 * filtered iterator clones its delegate and tries deeply).
 */
public final class IcuSentenceSegmenter implements SentenceSegmenter {

    /** Abbreviations after which a period never ends a sentence, beyond ICU's own list. */
    private static final Set<String> SPANISH_EXTRA = Set.of(
            "Sr.", "Sra.", "Srta.", "Sres.", "Sras.", "Dr.", "Dra.", "Dres.", "Lic.", "Ing.", "Arq.",
            "Dña.", "Ud.", "Uds.", "Vd.", "Vds.", "Av.", "Avda.", "Pág.", "pág.", "págs.",
            "ej.", "p.", "aprox.", "núm.", "Núm.", "tel.", "Tel.", "Gral.", "Cnel.", "Excmo.", "Excma.",
            "Ilmo.", "Ilma.", "Mons.", "Fdo.", "Sto.", "Sta.", "art.", "Art.", "vol.", "Vol.", "cap.", "EE.");
    private static final Set<String> ENGLISH_EXTRA = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "Gen.", "Gov.", "Sen.",
            "Rep.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev.", "Hon.", "Mt.", "Ft.",
            "vs.", "e.g.", "i.e.", "approx.", "Messrs.");
    /**
     * Entries of ICU's Spanish suppression list that are also common words, so that a sentence
     * ending in one of them ({@code "Miró el mar."}, {@code "—Bien."}) is not glued to the next.
     */
    private static final Set<String> SPANISH_WORDS_NOT_ABBREVIATIONS = Set.of(
            "mar.", "Bien.", "col.", "vid.", "Rol.", "bol.", "Sol.");
    /** Month abbreviations, which do not end a sentence when a number follows ({@code "15 mar. 2021"}). */
    private static final Set<String> MONTHS = Set.of(
            "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "sept.", "oct.", "nov.",
            "dic.", "jan.", "apr.", "aug.", "dec.");
    /** Lower-case abbreviations that do not end a sentence when a capital or a digit follows. */
    private static final Set<String> BEFORE_CAPITAL_OR_NUMBER = Set.of(
            "s.", "ss.", "pág.", "págs.", "p.", "pp.", "núm.", "art.", "cap.", "vol.", "no.", "nos.",
            "fig.", "cf.", "vs.", "approx.", "aprox.", "ca.", "c.", "tel.", "av.", "st.");

    private final BreakIterator spanish = build("es", SPANISH_EXTRA, SPANISH_WORDS_NOT_ABBREVIATIONS);
    private final BreakIterator english = build("en", ENGLISH_EXTRA, Set.of());
    private final BreakIterator neutral = BreakIterator.getSentenceInstance(ULocale.ROOT);

    private static BreakIterator build(String language, Set<String> extra, Set<String> words) {
        ULocale locale = new ULocale(language);
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        extra.forEach(builder::suppressBreakAfter);
        words.forEach(builder::unsuppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    @Override
    public List<Sentence> split(int paragraph, String text, Lang lang) {
        BreakIterator iterator = (BreakIterator) prototype(lang).clone();
        iterator.setText(text);
        List<int[]> spans = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                int[] previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (previous != null && joins(text, previous[1], s)) {
                    previous[1] = e;
                } else {
                    spans.add(new int[] {s, e});
                }
            }
        }
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            sentences.add(new Sentence(paragraph, sentences.size(), new Span(span[0], span[1]),
                    text.substring(span[0], span[1])));
        }
        return sentences;
    }

    /** Whether the break between a sentence ending at {@code end} and one starting at {@code next} is wrong. */
    static boolean joins(String text, int end, int next) {
        if (end == 0 || text.charAt(end - 1) != '.') {
            return false;
        }
        int tokenStart = end - 1;
        while (tokenStart > 0 && (Character.isLetter(text.charAt(tokenStart - 1)) || text.charAt(tokenStart - 1) == '.')) {
            tokenStart--;
        }
        String token = text.substring(tokenStart, end);
        char first = text.charAt(next);
        boolean capitalOrDigit = Character.isUpperCase(first) || Character.isDigit(first);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (isInitial(token) && Character.isUpperCase(first)) {
            return true;
        }
        if (isDoubledCapitals(token) && isDoubledCapitals(leadingToken(text, next))) {
            return true;
        }
        if (Character.isDigit(first) && MONTHS.contains(token.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return capitalOrDigit && BEFORE_CAPITAL_OR_NUMBER.contains(token.toLowerCase(java.util.Locale.ROOT))
                && Character.isLowerCase(token.charAt(0));
    }

    /** {@code "J."}: one capital letter and a period. */
    private static boolean isInitial(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0));
    }

    /** {@code "EE."}, {@code "UU."}: a Spanish plural abbreviation of doubled capitals. */
    private static boolean isDoubledCapitals(String token) {
        return token.length() == 3 && Character.isUpperCase(token.charAt(0)) && token.charAt(0) == token.charAt(1)
                && token.charAt(2) == '.';
    }

    private static String leadingToken(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)))) {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        return text.substring(start, end);
    }

    private BreakIterator prototype(Lang lang) {
        return switch (lang) {
            case SPANISH, CATALAN, PORTUGUESE, ITALIAN -> spanish;
            case ENGLISH -> english;
            default -> neutral;
        };
    }
}
