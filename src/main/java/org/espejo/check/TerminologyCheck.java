package org.espejo.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.espejo.text.Span;

/**
 * Glossary terms: a source term in a row whose other side has none of the approved
 * translations, and a forbidden translation anywhere on the target side. Does nothing
 * without a glossary.
 */
final class TerminologyCheck implements Check {

    @Override
    public CheckType type() {
        return CheckType.TERMINOLOGY;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        Glossary glossary = context.glossary();
        List<Finding> findings = new ArrayList<>();
        if (glossary.isEmpty()) {
            return findings;
        }
        Side sourceSide = glossary.isReversedFor(story) ? Side.RIGHT : Side.LEFT;
        StoryNames words = context.names();
        for (StoryRow row : story.rows()) {
            for (GlossaryEntry entry : glossary.entries()) {
                if (!row.isGap()) {
                    approvedMissing(row, sourceSide, entry, words, findings);
                }
                forbiddenUsed(row, sourceSide.other(), entry, words, findings);
            }
        }
        return findings;
    }

    private void approvedMissing(StoryRow row, Side source, GlossaryEntry entry, StoryNames words,
                                 List<Finding> out) {
        if (entry.approved().isEmpty()) {
            return;
        }
        List<Word> target = words.words(row, source.other());
        if (entry.approved().stream().anyMatch(t -> TermMatcher.occurs(t, target))) {
            return;
        }
        for (Passage p : row.side(source)) {
            for (String term : entry.source()) {
                for (Span span : TermMatcher.find(term, words.wordsOf(source, p))) {
                    Mark mark = new Mark(p.paragraph(), span);
                    out.add(Finding.in(type(), Severity.ERROR, row.index())
                            .mark(source, mark).marks(source.other(), Rows.counterpartMarks(row, source, mark))
                            .message("approved-missing", span.of(p.text()), String.join(" / ", entry.approved()))
                            .identifiedBy(term, String.join("|", entry.approved()), Rows.contextOf(row, source, mark)));
                    return;
                }
            }
        }
    }

    private void forbiddenUsed(StoryRow row, Side target, GlossaryEntry entry, StoryNames words, List<Finding> out) {
        Set<String> reported = new HashSet<>();
        for (Passage p : row.side(target)) {
            List<Word> passageWords = words.wordsOf(target, p);
            for (String term : entry.forbidden()) {
                for (Span span : TermMatcher.find(term, passageWords)) {
                    Mark mark = new Mark(p.paragraph(), span);
                    if (reported.add(p.paragraph() + ":" + span.start())) {
                        String suggestion = entry.approved().isEmpty() ? String.join(" / ", entry.source())
                                : String.join(" / ", entry.approved());
                        out.add(Finding.in(type(), Severity.ERROR, row.index())
                                .mark(target, mark)
                                .message(entry.approved().isEmpty() ? "forbidden" : "forbidden-use", span.of(p.text()),
                                        suggestion)
                                .identifiedBy(term, Rows.contextOf(row, target, mark)));
                    }
                }
            }
        }
    }
}
