package org.espejo.exchange;

import java.util.List;
import java.util.Objects;

/**
 * One aligned group: the source paragraphs and the target paragraphs that translate each
 * other, how sure the aligner is, whether a person reviewed it, and what the checks found.
 *
 * @param source        the source paragraphs in order, each non-blank; empty for a 0-1 row
 * @param target        the target paragraphs in order, each non-blank; empty for a 1-0 row
 * @param sentencePairs the sentence-level groups inside the row, in order (written as XLIFF
 *                      segments and sentence TUs); empty when the row was not aligned by
 *                      sentence, in which case the whole row counts as one pair (a single
 *                      pair that is the whole row is stored as no pairs)
 * @param confidence    the aligner's confidence in [0, 1] (1 for rows read from a file that
 *                      does not say)
 * @param status        automatic, confirmed or edited
 * @param notes         the findings of the consistency checks, already rendered as text
 */
public record BilingualRow(List<String> source, List<String> target, List<SentencePair> sentencePairs,
                           double confidence, ReviewStatus status, List<String> notes) {

    public BilingualRow {
        source = List.copyOf(Objects.requireNonNull(source, "source"));
        target = List.copyOf(Objects.requireNonNull(target, "target"));
        sentencePairs = List.copyOf(Objects.requireNonNull(sentencePairs, "sentencePairs"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        Objects.requireNonNull(status, "status");
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one paragraph");
        }
        if (source.stream().anyMatch(String::isBlank) || target.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("blank paragraph in a row");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
        }
        if (sentencePairs.size() == 1 && sentencePairs.get(0).source().equals(String.join(" ", source))
                && sentencePairs.get(0).target().equals(String.join(" ", target))) {
            sentencePairs = List.of();
        }
    }

    /** A row without sentence pairs or notes. */
    public static BilingualRow of(List<String> source, List<String> target, double confidence, ReviewStatus status) {
        return new BilingualRow(source, target, List.of(), confidence, status, List.of());
    }

    /** The source paragraphs joined with single spaces, as one segment shows them. */
    public String sourceText() {
        return String.join(" ", source);
    }

    /** The target paragraphs joined with single spaces, as one segment shows them. */
    public String targetText() {
        return String.join(" ", target);
    }

    /** The row's type as translators write it, e.g. {@code "2-1"}. */
    public String type() {
        return source.size() + "-" + target.size();
    }

    /** Whether one side is empty (an omission or an addition). */
    public boolean isGap() {
        return source.isEmpty() || target.isEmpty();
    }

    /** The sentence pairs, or the whole row as a single pair when it has none. */
    public List<SentencePair> pairsOrWhole() {
        return sentencePairs.isEmpty() ? List.of(new SentencePair(sourceText(), targetText())) : sentencePairs;
    }

    /** This row with other notes. */
    public BilingualRow withNotes(List<String> newNotes) {
        return new BilingualRow(source, target, sentencePairs, confidence, status, newNotes);
    }
}
