package org.espejo.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.espejo.text.Lang;

/**
 * Second level of the alignment: aligns the sentences inside each paragraph bead with the
 * same engine as the paragraphs, so sentences never pair across paragraph beads. The cue
 * weights are computed over all sentences of the two documents, so rare words weigh as
 * much in a short group as in the whole text. The sentences of a 1-0 or 0-1 paragraph bead
 * become 1-0 or 0-1 sentence beads.
 *
 * <p>Typical use: {@code new SentenceAligner().align(paragraphAlignment, sourceSentences,
 * targetSentences)} where the sentence lists come from a
 * {@link org.espejo.text.SentenceSegmenter}, one list per paragraph. Immutable and
 * thread-safe.
 */
public final class SentenceAligner {

    private final BandedAligner engine;

    /** A sentence aligner with the {@linkplain AlignerSettings#SENTENCES default sentence settings}. */
    public SentenceAligner() {
        this(AlignerSettings.SENTENCES);
    }

    /** A sentence aligner with the given engine settings. */
    public SentenceAligner(AlignerSettings settings) {
        this.engine = new BandedAligner(settings);
    }

    /**
     * Aligns the sentences within each paragraph bead.
     *
     * @param paragraphs      the paragraph alignment
     * @param sourceSentences the sentences of each source paragraph (one list per paragraph;
     *                        a list may be empty)
     * @param targetSentences the sentences of each target paragraph
     * @throws IllegalArgumentException if the sentence lists do not match the alignment's sizes
     */
    public SentenceAlignment align(Alignment paragraphs, List<List<String>> sourceSentences,
                                   List<List<String>> targetSentences) {
        return align(paragraphs, sourceSentences, Lang.UNKNOWN, targetSentences, Lang.UNKNOWN);
    }

    /**
     * Aligns the sentences within each paragraph bead, knowing the languages (which decides
     * whether the Spanish–English word list applies).
     *
     * @see #align(Alignment, List, List)
     */
    public SentenceAlignment align(Alignment paragraphs, List<List<String>> sourceSentences, Lang sourceLang,
                                   List<List<String>> targetSentences, Lang targetLang) {
        Objects.requireNonNull(paragraphs, "paragraphs");
        if (sourceSentences.size() != paragraphs.sourceSize() || targetSentences.size() != paragraphs.targetSize()) {
            throw new IllegalArgumentException("one sentence list per paragraph expected: "
                    + sourceSentences.size() + "×" + targetSentences.size() + " for "
                    + paragraphs.sourceSize() + "×" + paragraphs.targetSize());
        }
        int[] sourceStart = starts(sourceSentences);
        int[] targetStart = starts(targetSentences);
        Features features = engine.features(flatten(sourceSentences), sourceLang, flatten(targetSentences), targetLang);
        features.useCharRatio(matchedRatio(paragraphs, features, sourceStart, targetStart));
        BeadScorer scorer = engine.scorer(features);
        List<Bead> all = new ArrayList<>();
        List<Alignment> groups = new ArrayList<>(paragraphs.beads().size());
        for (Bead bead : paragraphs.beads()) {
            int s0 = sourceStart[bead.source().start()];
            int s1 = sourceStart[bead.source().end()];
            int t0 = targetStart[bead.target().start()];
            int t1 = targetStart[bead.target().end()];
            List<Bead> beads = engine.beads(features, engine.alignBlock(features, scorer, s0, s1, t0, t1));
            all.addAll(beads);
            groups.add(Alignment.of(s1 - s0, t1 - t0, shift(beads, s0, t0)));
        }
        Alignment sentences = Alignment.of(features.sourceSize, features.targetSize, all);
        return new SentenceAlignment(groups, sentences);
    }

    /** Target characters per source character over the paragraph beads that are not gaps. */
    private static double matchedRatio(Alignment paragraphs, Features features, int[] sourceStart, int[] targetStart) {
        long source = 0;
        long target = 0;
        for (Bead bead : paragraphs.beads()) {
            if (!bead.isGap()) {
                source += features.sourceChars(sourceStart[bead.source().start()], sourceStart[bead.source().end()]);
                target += features.targetChars(targetStart[bead.target().start()], targetStart[bead.target().end()]);
            }
        }
        return (target + Features.PRIOR_CHARS) / (source + Features.PRIOR_CHARS);
    }

    private static List<Bead> shift(List<Bead> beads, int s0, int t0) {
        List<Bead> shifted = new ArrayList<>(beads.size());
        for (Bead b : beads) {
            shifted.add(new Bead(new Range(b.source().start() - s0, b.source().end() - s0),
                    new Range(b.target().start() - t0, b.target().end() - t0), b.confidence(), b.evidence()));
        }
        return shifted;
    }

    private static int[] starts(List<List<String>> sentences) {
        int[] start = new int[sentences.size() + 1];
        for (int p = 0; p < sentences.size(); p++) {
            start[p + 1] = start[p] + sentences.get(p).size();
        }
        return start;
    }

    private static List<String> flatten(List<List<String>> sentences) {
        List<String> flat = new ArrayList<>();
        sentences.forEach(flat::addAll);
        return flat;
    }
}
