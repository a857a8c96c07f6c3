package org.espejo.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit as a reader found it, before it becomes a row: its two texts, Espejo's metadata if
 * the file has it, the sentence pairs of a segmented unit and the notes. A unit without
 * Espejo's metadata becomes a confirmed row with confidence 1: it comes from a translation
 * memory or a reviewed bilingual file.
 *
 * @param source   the source text of the whole unit
 * @param target   the target text of the whole unit
 * @param metadata Espejo's values by name ({@link EspejoMetadata#CONFIDENCE}, …), possibly none
 * @param pairs    the unit's segments as sentence pairs (empty when it has one)
 * @param notes    the unit's notes
 */
record ImportedUnit(String source, String target, Map<String, String> metadata, List<SentencePair> pairs,
                    List<String> notes) {

    ImportedUnit {
        metadata = Map.copyOf(metadata);
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }

    /** The row, or empty when neither side has text. */
    Optional<BilingualRow> toRow() {
        List<String> s = ParagraphLengths.decode(source.strip(), metadata.getOrDefault(EspejoMetadata.SOURCE_PARAGRAPHS, ""));
        List<String> t = ParagraphLengths.decode(target.strip(), metadata.getOrDefault(EspejoMetadata.TARGET_PARAGRAPHS, ""));
        if (s.isEmpty() && t.isEmpty()) {
            return Optional.empty();
        }
        double confidence = Optional.ofNullable(metadata.get(EspejoMetadata.CONFIDENCE))
                .flatMap(EspejoMetadata::parseConfidence).orElse(1.0);
        ReviewStatus status = Optional.ofNullable(metadata.get(EspejoMetadata.STATUS))
                .flatMap(EspejoMetadata::parseStatus).orElse(ReviewStatus.CONFIRMED);
        return Optional.of(new BilingualRow(s, t, pairs.size() > 1 ? pairs : List.of(), confidence, status,
                notes.stream().map(String::strip).filter(n -> !n.isEmpty()).toList()));
    }

    /** A sentence pair from two segment texts, or empty when both are blank. */
    static Optional<SentencePair> pair(String source, String target) {
        String s = source.strip();
        String t = target.strip();
        return s.isEmpty() && t.isEmpty() ? Optional.empty() : Optional.of(new SentencePair(s, t));
    }
}
