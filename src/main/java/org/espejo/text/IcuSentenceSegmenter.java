package org.espejo.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence segmentation with ICU's rule-based sentence break iterator (Unicode UAX #29) and
 * ICU's per-language abbreviation suppressions, extended with common Spanish and English
 * abbreviations that ICU's data lacks. Thread-safe: each call builds its own iterator from
 * a shared prototype.
 */
public final class IcuSentenceSegmenter implements SentenceSegmenter {

    /** Abbreviations after which a period never ends a sentence, beyond ICU's own list. */
    private static final Set<String> SPANISH_EXTRA = Set.of(
            "Sr.", "Sra.", "Srta.", "Sres.", "Dr.", "Dra.", "Dres.", "Lic.", "Ing.", "Arq.",
            "D.", "Dña.", "Ud.", "Uds.", "Vd.", "Vds.", "Av.", "Avda.", "Pág.", "pág.", "págs.",
            "etc.", "ej.", "p.", "aprox.", "núm.", "Núm.", "tel.", "Tel.", "Gral.", "Cnel.",
            "Cap.", "Sto.", "Sta.", "S.", "art.", "Art.", "vol.", "Vol.", "cap.", "UU.");
    private static final Set<String> ENGLISH_EXTRA = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Gen.", "Gov.", "Sen.",
            "Rep.", "Lt.", "Col.", "Capt.", "Sgt.", "Rev.", "Hon.", "Mt.", "Ft.", "No.",
            "vs.", "etc.", "e.g.", "i.e.", "approx.", "Inc.", "Corp.", "Ltd.", "Co.", "Jan.",
            "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.");

    private final BreakIterator spanish = build("es", SPANISH_EXTRA);
    private final BreakIterator english = build("en", ENGLISH_EXTRA);
    private final BreakIterator neutral = BreakIterator.getSentenceInstance(ULocale.ROOT);

    private static BreakIterator build(String language, Set<String> extra) {
        ULocale locale = new ULocale(language);
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        extra.forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    @Override
    public List<Sentence> split(int paragraph, String text, Lang lang) {
        BreakIterator iterator = (BreakIterator) prototype(lang).clone();
        iterator.setText(text);
        List<Sentence> sentences = new ArrayList<>();
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
                sentences.add(new Sentence(paragraph, sentences.size(), new Span(s, e), text.substring(s, e)));
            }
        }
        return sentences;
    }

    private BreakIterator prototype(Lang lang) {
        return switch (lang) {
            case SPANISH, CATALAN, PORTUGUESE, ITALIAN -> spanish;
            case ENGLISH -> english;
            default -> neutral;
        };
    }
}
