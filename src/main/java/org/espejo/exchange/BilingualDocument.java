package org.espejo.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.SentenceAlignment;

/**
 * An aligned bitext as the exchange formats see it, independent of how it is stored: a name,
 * the two languages and the rows in document order. What {@link Exporter} writes and
 * {@link Importer} reads. Immutable.
 *
 * @param name       the comparison's name (written into the files; may be blank)
 * @param sourceLang the source language as a BCP 47 tag ({@code es}, {@code en-GB}; {@code und}
 *                   when unknown), normalised
 * @param targetLang the target language tag, normalised
 * @param rows       the aligned groups in order
 */
public record BilingualDocument(String name, String sourceLang, String targetLang, List<BilingualRow> rows) {

    public BilingualDocument {
        Objects.requireNonNull(name, "name");
        sourceLang = LanguageTags.normalize(Objects.requireNonNull(sourceLang, "sourceLang"));
        targetLang = LanguageTags.normalize(Objects.requireNonNull(targetLang, "targetLang"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * The document of a paragraph alignment: one automatic row per bead, with the bead's
     * confidence. This is the one line the command line needs:
     * {@code Exporter.write(BilingualDocument.fromAlignment(name, bitext, alignment), format, options, out)}.
     *
     * @param bitext    the aligned paragraphs and their languages
     * @param alignment the beads over {@code bitext}
     * @throws IllegalArgumentException if the alignment does not cover the bitext
     */
    public static BilingualDocument fromAlignment(String name, Bitext bitext, Alignment alignment) {
        checkSizes(bitext, alignment);
        List<BilingualRow> rows = new ArrayList<>(alignment.beads().size());
        for (Bead bead : alignment.beads()) {
            addRow(rows, bitext, bead, List.of());
        }
        return new BilingualDocument(name, bitext.sourceLang().code(), bitext.targetLang().code(), rows);
    }

    /**
     * The document of a two-level alignment: one automatic row per paragraph bead, carrying
     * the sentence pairs the sentence aligner found inside it.
     *
     * @param sourceSentences the sentences of each source paragraph, as given to the sentence aligner
     * @param targetSentences the sentences of each target paragraph
     * @param sentences       the sentence alignment of {@code alignment}
     * @throws IllegalArgumentException if the lists do not match the alignments
     */
    public static BilingualDocument fromAlignment(String name, Bitext bitext, Alignment alignment,
                                                  List<List<String>> sourceSentences, List<List<String>> targetSentences,
                                                  SentenceAlignment sentences) {
        checkSizes(bitext, alignment);
        if (sentences.groups().size() != alignment.beads().size()
                || sourceSentences.size() != bitext.source().size() || targetSentences.size() != bitext.target().size()) {
            throw new IllegalArgumentException("sentence lists or groups do not match the paragraph alignment");
        }
        List<BilingualRow> rows = new ArrayList<>(alignment.beads().size());
        for (int k = 0; k < alignment.beads().size(); k++) {
            Bead bead = alignment.beads().get(k);
            SentenceTexts ss = new SentenceTexts(bitext.source().subList(bead.source().start(), bead.source().end()),
                    sourceSentences.subList(bead.source().start(), bead.source().end()));
            SentenceTexts ts = new SentenceTexts(bitext.target().subList(bead.target().start(), bead.target().end()),
                    targetSentences.subList(bead.target().start(), bead.target().end()));
            addRow(rows, bitext, bead, pairs(sentences.groups().get(k), ss, ts));
        }
        return new BilingualDocument(name, bitext.sourceLang().code(), bitext.targetLang().code(), rows);
    }

    /** Adds the bead's row; a bead of blank paragraphs only has no row. */
    private static void addRow(List<BilingualRow> rows, Bitext bitext, Bead bead, List<SentencePair> pairs) {
        List<String> source = nonBlank(bitext.source().subList(bead.source().start(), bead.source().end()));
        List<String> target = nonBlank(bitext.target().subList(bead.target().start(), bead.target().end()));
        if (!source.isEmpty() || !target.isEmpty()) {
            rows.add(new BilingualRow(source, target, pairs, bead.confidence(), ReviewStatus.AUTOMATIC, List.of()));
        }
    }

    private static List<SentencePair> pairs(Alignment group, SentenceTexts source, SentenceTexts target) {
        List<SentencePair> pairs = new ArrayList<>(group.beads().size());
        for (Bead b : group.beads()) {
            String s = source.run(b.source().start(), b.source().end());
            String t = target.run(b.target().start(), b.target().end());
            if (!s.isEmpty() || !t.isEmpty()) {
                pairs.add(new SentencePair(s, t));
            }
        }
        return pairs;
    }

    private static List<String> nonBlank(List<String> paragraphs) {
        return paragraphs.stream().filter(p -> !p.isBlank()).toList();
    }

    private static void checkSizes(Bitext bitext, Alignment alignment) {
        if (alignment.sourceSize() != bitext.source().size() || alignment.targetSize() != bitext.target().size()) {
            throw new IllegalArgumentException("alignment " + alignment.sourceSize() + "×" + alignment.targetSize()
                    + " does not cover the bitext " + bitext.source().size() + "×" + bitext.target().size());
        }
    }
}
