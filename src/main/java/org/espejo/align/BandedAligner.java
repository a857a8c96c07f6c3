package org.espejo.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The Espejo alignment engine. Scores beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) with a
 * length model fitted to the document pair and rarity-weighted cues found on both sides
 * (numbers, names, cognates, punctuation, a small bilingual word list), and finds the best
 * path by dynamic programming inside a band around the cumulative-character diagonal, so
 * that time and memory grow linearly with the length of the texts. The band is widened
 * when the best path runs along its edge.
 *
 * <p>Works for any language pair: what it knows of Spanish and English helps but is not
 * needed. Never refuses an input: an empty side, one unit, very different sizes or two texts
 * in the same language all give a valid {@link Alignment}. Immutable and thread-safe.
 */
public final class BandedAligner implements Aligner {

    /** Blocks up to this many cells are searched whole. */
    private static final long FULL_CELLS = 250_000;
    /** The band stops widening at this many cells. */
    private static final long MAX_CELLS = 60_000_000;
    private static final int EDGE_MARGIN = 3;

    private final AlignerSettings settings;
    private final CueExtractor extractor;

    /** An aligner with the {@linkplain AlignerSettings#DEFAULT default settings}. */
    public BandedAligner() {
        this(AlignerSettings.DEFAULT);
    }

    /** An aligner with the given settings (for experiments and ablations). */
    public BandedAligner(AlignerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.extractor = new CueExtractor(settings);
    }

    @Override
    public Alignment align(Bitext bitext, List<FixedLink> fixed) {
        Objects.requireNonNull(bitext, "bitext");
        List<FixedLink> links = FixedLinks.validated(fixed, bitext.source().size(), bitext.target().size());
        Features features = features(bitext.source(), bitext.target());
        BeadScorer scorer = scorer(features);
        List<Step> steps = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (FixedLink link : links) {
            steps.addAll(alignBlock(features, scorer, s, link.source().start(), t, link.target().start()));
            steps.add(FixedLinks.asStep(link));
            s = link.source().end();
            t = link.target().end();
        }
        steps.addAll(alignBlock(features, scorer, s, features.sourceSize, t, features.targetSize));
        return toAlignment(features, scorer, steps);
    }

    /** The best path of one block of units, {@code [s0, s1) × [t0, t1)}. */
    List<Step> alignBlock(Features features, BeadScorer scorer, int s0, int s1, int t0, int t1) {
        int rows = s1 - s0;
        int columns = t1 - t0;
        List<Step> steps = new ArrayList<>();
        if (rows == 0 || columns == 0) {
            for (int s = s0; s < s1; s++) {
                steps.add(Step.of(BeadType.ONE_ZERO, s, t0));
            }
            for (int t = t0; t < t1; t++) {
                steps.add(Step.of(BeadType.ZERO_ONE, s1, t));
            }
            return steps;
        }
        if ((long) (rows + 1) * (columns + 1) <= FULL_CELLS) {
            return new PathSearch(features, scorer, s0, t0, Band.full(rows, columns)).run();
        }
        int[] centre = Band.characterDiagonal(features.sourceChars, s0, rows, features.targetChars, t0, columns);
        int halfWidth = settings.bandHalfWidth();
        while (true) {
            Band band = Band.around(centre, columns, halfWidth);
            PathSearch search = new PathSearch(features, scorer, s0, t0, band);
            List<Step> path = search.run();
            long widerCells = Band.around(centre, columns, halfWidth * 2).cells();
            if (!search.touchesEdge(path, EDGE_MARGIN) || widerCells > MAX_CELLS
                    || halfWidth >= Math.max(rows, columns)) {
                return path;
            }
            halfWidth *= 2;
        }
    }

    private Alignment toAlignment(Features features, BeadScorer scorer, List<Step> steps) {
        List<Bead> beads = beads(features, scorer, steps);
        List<Move> moves = new MoveFinder(features).find(beads);
        return new Alignment(features.sourceSize, features.targetSize, beads, moves);
    }

    /** The features of a bitext under these settings. */
    Features features(List<String> source, List<String> target) {
        return Features.of(source, target, extractor);
    }

    BeadScorer scorer(Features features) {
        return new BeadScorer(settings, features);
    }

    /** Beads with confidence and evidence for the steps of a path. */
    List<Bead> beads(Features features, BeadScorer scorer, List<Step> steps) {
        EvidenceBuilder evidence = new EvidenceBuilder(features, extractor);
        List<Bead> beads = new ArrayList<>(steps.size());
        for (Step step : steps) {
            double confidence = step.fixed() ? 1.0 : Confidence.of(step, features, scorer, settings);
            beads.add(new Bead(step.source(), step.target(), confidence, evidence.of(step.source(), step.target())));
        }
        return beads;
    }

    static Comparator<FixedLink> order() {
        return Comparator.comparingInt((FixedLink l) -> l.source().start()).thenComparingInt(l -> l.target().start());
    }
}
