package org.espejo.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.espejo.text.Span;

/**
 * A glossary term with several approved translations that the story mixes: each is allowed,
 * but the story should keep to one.
 */
final class GlossaryVariants {

    private final CheckType type;

    GlossaryVariants(CheckType type) {
        this.type = type;
    }

    void check(AlignedStory story, CheckContext context, List<Finding> out) {
        Glossary glossary = context.glossary();
        Side source = glossary.isReversedFor(story) ? Side.RIGHT : Side.LEFT;
        StoryNames words = context.names();
        for (GlossaryEntry entry : glossary.entries()) {
            if (entry.approved().size() < 2) {
                continue;
            }
            Map<String, List<Mark>> used = new LinkedHashMap<>();
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            for (StoryRow row : story.rows()) {
                if (row.isGap() || entry.source().stream().noneMatch(t -> TermMatcher.occurs(t, words.words(row, source)))) {
                    continue;
                }
                List<String> present = new ArrayList<>();
                List<Mark> marks = new ArrayList<>();
                for (String approved : entry.approved()) {
                    for (Passage p : row.side(source.other())) {
                        List<Span> spans = TermMatcher.find(approved, words.wordsOf(source.other(), p));
                        if (!spans.isEmpty() && !present.contains(approved)) {
                            present.add(approved);
                            marks.add(new Mark(p.paragraph(), spans.get(0)));
                        }
                    }
                }
                if (present.size() == 1) {
                    used.computeIfAbsent(present.get(0), k -> new ArrayList<>()).add(marks.get(0));
                    rows.computeIfAbsent(present.get(0), k -> new ArrayList<>()).add(row.index());
                }
            }
            if (used.size() >= 2) {
                out.add(finding(source, entry, used, rows));
            }
        }
    }

    private Finding finding(Side source, GlossaryEntry entry, Map<String, List<Mark>> used,
                            Map<String, List<Integer>> rows) {
        List<String> order = new ArrayList<>(used.keySet());
        order.sort((a, b) -> used.get(b).size() - used.get(a).size());
        String minority = order.get(order.size() - 1);
        Finding.Builder b = Finding.in(type, Severity.INFO, rows.get(minority).get(0))
                .marks(source.other(), used.get(minority));
        rows.get(minority).forEach(b::alsoIn);
        List<String> parts = new ArrayList<>();
        order.forEach(t -> parts.add(t + " (" + used.get(t).size() + "×)"));
        List<String> content = new ArrayList<>(entry.source());
        content.addAll(order.stream().sorted().toList());
        return b.message("glossary", entry.source().get(0), String.join(", ", parts))
                .identifiedBy(content.toArray(String[]::new));
    }
}
