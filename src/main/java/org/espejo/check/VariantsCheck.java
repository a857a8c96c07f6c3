package org.espejo.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How names and terms are written and translated across the whole story, which no segment-by-
 * segment QA tool sees: a name spelt two ways on one side ({@code Michoacán} / {@code Michoacan},
 * {@code al-Qaeda} / {@code Al Qaida}); a recurring name rendered by different names on the
 * other side ({@code Secretario de Estado} as "Secretary of State" and as "State Secretary");
 * and a glossary term with several approved translations that the story mixes.
 */
final class VariantsCheck implements Check {

    /** The occurrences of one written form. */
    private static final class Occurrences {
        final String surface;
        final Set<String> keys;
        final List<Mark> marks = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();
        final List<Mark> sourceMarks = new ArrayList<>();

        Occurrences(String surface) {
            this(surface, List.of());
        }

        Occurrences(String surface, List<String> keys) {
            this.surface = surface;
            this.keys = Set.copyOf(keys);
        }
    }

    @Override
    public CheckType type() {
        return CheckType.VARIANTS;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        StoryNames names = context.names();
        List<Finding> findings = new ArrayList<>();
        for (Side side : Side.values()) {
            spellings(story, side, names, findings);
            renderings(story, side, names, findings);
        }
        new GlossaryVariants(type()).check(story, context, findings);
        return findings;
    }

    /** One name written in several ways on the same side. */
    private void spellings(AlignedStory story, Side side, StoryNames names, List<Finding> out) {
        Map<String, Map<String, Occurrences>> byKey = new LinkedHashMap<>();
        for (StoryRow row : story.rows()) {
            for (NameMention m : names.mentions(row, side)) {
                if (m.surface().length() > 3 && m.words().stream().allMatch(Word::isAllCaps)) {
                    continue;
                }
                Map<String, Occurrences> forms = byKey.computeIfAbsent(m.key(), k -> new LinkedHashMap<>());
                Occurrences o = forms.computeIfAbsent(spelling(m), s -> new Occurrences(stripPossessive(m.surface())));
                o.marks.add(m.mark());
                o.rows.add(row.index());
            }
        }
        byKey.forEach((key, forms) -> {
            if (forms.size() >= 2) {
                out.add(variantFinding("spelling", side, forms.values(), List.of(side.name(), key)));
            }
        });
    }

    /** A recurring name that the other side renders by different names. */
    private void renderings(AlignedStory story, Side side, StoryNames names, List<Finding> out) {
        Map<String, Map<String, Occurrences>> byKey = new LinkedHashMap<>();
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (StoryRow row : story.rows()) {
            if (row.isGap()) {
                continue;
            }
            List<NameMention> opposite = names.mentions(row, side.other());
            Set<String> seenInRow = new HashSet<>();
            for (NameMention m : names.mentions(row, side)) {
                if (!seenInRow.add(m.key())) {
                    continue;
                }
                List<NameMention> renderings = opposite.stream()
                        .filter(o -> o.keys().size() <= 4 && !o.isDemonymOnly(story.lang(side.other()))
                                && !isAbbreviation(m, o) && names.renders(m, side, o)).toList();
                if (renderings.size() != 1) {
                    continue;
                }
                NameMention r = renderings.get(0);
                surfaces.putIfAbsent(m.key(), m.surface());
                List<String> core = core(m, r);
                Occurrences o = byKey.computeIfAbsent(m.key(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(String.join(" ", core), k -> new Occurrences(r.surface(), core));
                o.marks.add(r.mark());
                o.sourceMarks.add(m.mark());
                o.rows.add(row.index());
            }
        }
        byKey.forEach((key, renderings) -> {
            if (renderings.size() >= 2 && !nested(renderings.values())) {
                List<String> content = new ArrayList<>(List.of(side.name(), key));
                content.addAll(renderings.keySet().stream().sorted().toList());
                out.add(renderingFinding(side, surfaces.get(key), renderings.values(), content));
            }
        });
    }

    /**
     * The words of a rendering that stand for the name it renders, singular: "Hollywood Meg
     * Ryan" and "InStyle Meg Ryan" both render "Meg Ryan" as {@code meg ryan}; "Amorites" is
     * {@code amorite}.
     */
    private static List<String> core(NameMention name, NameMention rendering) {
        List<String> core = new ArrayList<>();
        for (String key : rendering.keys()) {
            if (name.keys().stream().anyMatch(k -> Cognates.similar(k, key) || Cognates.similar(singular(k), singular(key)))) {
                core.add(singular(key));
            }
        }
        return core.isEmpty() ? rendering.keys().stream().map(VariantsCheck::singular).toList() : core;
    }

    /**
     * Whether one of the two is the other's abbreviation ("EU" and "European Union", "UE" and
     * "European Union"): writing a name in full once and abbreviated elsewhere is not a variant.
     */
    private static boolean isAbbreviation(NameMention a, NameMention b) {
        return isAcronymOf(a, b) || isAcronymOf(b, a);
    }

    private static boolean isAcronymOf(NameMention acronym, NameMention name) {
        return acronym.words().size() == 1 && acronym.words().get(0).isAllCaps() && name.words().size() > 1
                && sortedLetters(acronym.words().get(0).text()).equals(sortedLetters(name.initials()));
    }

    /** "UE" and "EU": Spanish and English acronyms often order the initials differently. */
    private static String sortedLetters(String s) {
        char[] letters = s.toUpperCase(Locale.ROOT).toCharArray();
        java.util.Arrays.sort(letters);
        return new String(letters);
    }

    private static String singular(String key) {
        if (key.length() > 4 && key.endsWith("es") && !key.endsWith("ses")) {
            return key.substring(0, key.length() - 1);
        }
        return key.length() > 4 && key.endsWith("s") && !key.endsWith("ss") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * Whether one rendering's words include another's: "Obama" and "Barack Obama", "Kent
     * Police" and "Police in Kent" are one name.
     */
    private static boolean nested(java.util.Collection<Occurrences> renderings) {
        for (Occurrences a : renderings) {
            for (Occurrences b : renderings) {
                if (a != b && (a.keys.containsAll(b.keys) || b.keys.containsAll(a.keys))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding variantFinding(String rule, Side side, java.util.Collection<Occurrences> forms, List<String> content) {
        List<Occurrences> sorted = byFrequency(forms);
        Occurrences minority = sorted.get(sorted.size() - 1);
        Finding.Builder b = Finding.in(type(), Severity.WARNING, minority.rows.get(0)).marks(side, minority.marks);
        minority.rows.forEach(b::alsoIn);
        List<String> all = new ArrayList<>(content);
        sorted.forEach(o -> all.add(o.surface));
        return b.message(rule, listing(sorted)).identifiedBy(all.toArray(String[]::new));
    }

    private Finding renderingFinding(Side side, String name, java.util.Collection<Occurrences> renderings,
                                     List<String> content) {
        List<Occurrences> sorted = byFrequency(renderings);
        Occurrences minority = sorted.get(sorted.size() - 1);
        Finding.Builder b = Finding.in(type(), Severity.INFO, minority.rows.get(0))
                .marks(side.other(), minority.marks).marks(side, minority.sourceMarks);
        minority.rows.forEach(b::alsoIn);
        return b.message("translation", name, listing(sorted)).identifiedBy(content.toArray(String[]::new));
    }

    private static List<Occurrences> byFrequency(java.util.Collection<Occurrences> forms) {
        List<Occurrences> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt((Occurrences o) -> -o.marks.size()).thenComparing(o -> o.surface));
        return sorted;
    }

    /** "Michoacán (3×), Michoacan (1×)". */
    static String listing(List<Occurrences> sorted) {
        List<String> parts = new ArrayList<>();
        sorted.forEach(o -> parts.add(o.surface + " (" + o.marks.size() + "×)"));
        return String.join(", ", parts);
    }

    /**
     * A name as a spelling: its words without connectors or possessives, in lower case, with
     * accents, hyphens and inner spaces kept; a word in capitals is compared folded (Spanish
     * capitals often drop accents: JUDIOS, Judíos).
     */
    private static String spelling(NameMention m) {
        List<String> words = new ArrayList<>();
        for (Word w : m.words()) {
            if (!Stopwords.isConnector(w.folded())) {
                String text = Cognates.possessiveFree(w.text());
                words.add(w.isAllCaps() && text.length() > 3 ? org.espejo.text.Folding.fold(text)
                        : text.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", words);
    }

    private static String stripPossessive(String surface) {
        if (surface.endsWith("'s") || surface.endsWith("’s")) {
            return surface.substring(0, surface.length() - 2);
        }
        return surface;
    }
}
