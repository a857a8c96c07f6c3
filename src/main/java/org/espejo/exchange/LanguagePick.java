package org.espejo.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which two languages of a translation memory become the source and target sides: the
 * declared source language (or, for {@code *all*} or none, the first language met), and the
 * most frequent other language (ties: the first met). Then finds, in each unit, the variant of
 * each side: the exact tag first (case-insensitive, {@code _} read as {@code -}), else the same
 * language with another region ({@code en} for {@code en-US}). Immutable.
 */
final class LanguagePick {

    private final String source;
    private final String target;

    private LanguagePick(String source, String target) {
        this.source = source;
        this.target = target;
    }

    /**
     * @param declared  the declared source language, possibly blank or {@code *all*}
     * @param unitLangs for each unit, the languages of its variants that have text
     * @throws ImportException EMPTY when no variant has text, NOT_BILINGUAL when there is only one language
     */
    static LanguagePick of(String declared, List<List<String>> unitLangs) throws ImportException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<String> langs : unitLangs) {
            for (String lang : langs) {
                LanguageTags.parse(lang).ifPresent(t -> counts.merge(t, 1, Integer::sum));
            }
        }
        if (counts.isEmpty()) {
            throw new ImportException(ImportFailure.EMPTY, "no unit has text in a known language");
        }
        String source = LanguageTags.parse(declared).orElse(counts.keySet().iterator().next());
        String target = best(counts, source, true).or(() -> best(counts, source, false))
                .orElseThrow(() -> new ImportException(ImportFailure.NOT_BILINGUAL,
                        "every unit is in " + source + " only"));
        return new LanguagePick(source, target);
    }

    /** The most frequent tag other than {@code source}: of another language, or just another tag. */
    private static Optional<String> best(Map<String, Integer> counts, String source, boolean otherLanguage) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean other = otherLanguage ? !LanguageTags.sameLanguage(e.getKey(), source) : !same(e.getKey(), source);
            if (other && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    String source() {
        return source;
    }

    String target() {
        return target;
    }

    /** The index of the source variant among a unit's variant languages. */
    Optional<Integer> sourceOf(List<String> langs) {
        return find(langs, source, target);
    }

    /** The index of the target variant among a unit's variant languages. */
    Optional<Integer> targetOf(List<String> langs) {
        return find(langs, target, source);
    }

    private static Optional<Integer> find(List<String> langs, String wanted, String other) {
        for (int i = 0; i < langs.size(); i++) {
            if (same(langs.get(i), wanted)) {
                return Optional.of(i);
            }
        }
        for (int i = 0; i < langs.size(); i++) {
            String lang = langs.get(i);
            if (!lang.isBlank() && LanguageTags.sameLanguage(lang, wanted) && !same(lang, other)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String tag) {
        return tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
