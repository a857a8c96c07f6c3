package org.espejo.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.espejo.text.Lang;

/**
 * The Espejo alignment engine.
 *
 * <p><b>Scoring.</b> A bead (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 4-1, 1-4) costs a penalty
 * for its shape, a Gale–Church length cost with the length ratio of the document pair, and a
 * cue cost: cues (numbers, names, cognate prefixes, punctuation, pairs of the shipped
 * Spanish–English word list) are kept only when they occur in both texts, weighted by rarity
 * ({@code log(1 + units / frequency)}); a bead gains for the weight its two sides share and is
 * charged a little for the weight that finds no partner and for what it would share by
 * chance. Gap beads cost only their penalty.
 *
 * <p><b>Search.</b> Dynamic programming over the beads inside a band: the whole matrix for
 * short texts, otherwise ±28 units around a chain of anchors (cues found exactly once in each
 * text), widened while the best path runs along the band's edge; memory is one byte per band
 * cell, so time and memory grow linearly with the texts. Between {@link FixedLink}s only the
 * blocks between them are aligned.
 *
 * <p><b>Second pass.</b> For texts up to 4,000 units in all, word pairs that keep meeting in
 * the first pass's confident beads become extra cues and the text is aligned again.
 *
 * <p><b>Output.</b> Each bead's confidence is its posterior probability under the cost model
 * (forward–backward in a band around the best path), its evidence the cues its sides share;
 * 1-0 and 0-1 beads that translate each other are reported as {@link Move}s.
 *
 * <p>Works for any language pair: what it knows of Spanish and English helps but is not
 * needed (the word list is used only when neither side is known to be another language).
 * Never refuses an input: an empty side, one unit, very different sizes or two texts in the
 * same language all give a valid {@link Alignment}. Immutable and thread-safe.
 */
public final class BandedAligner implements Aligner {

    /** Blocks up to this many cells are searched whole. */
    private static final long FULL_CELLS = 250_000;
    /** The band stops widening at this many cells. */
    private static final long MAX_CELLS = 60_000_000;
    private static final int EDGE_MARGIN = 3;
    /** Texts up to this many units (both sides) get a second pass with word pairs learned from the first. */
    private static final int SECOND_PASS_UNITS = 4000;
    /** Paths of at least this many steps build their evidence in a second thread while the posteriors are computed. */
    private static final int PARALLEL_STEPS = 2000;

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
        WordListReading reading = WordListReading.of(bitext.sourceLang(), bitext.targetLang());
        Features features = Features.of(bitext.source(), bitext.target(), extractor, reading);
        BeadScorer scorer = scorer(features);
        List<Step> path = pathBetween(features, scorer, links);
        if (settings.uses(Signal.DOCUMENT_LEXICON) && features.sourceSize + features.targetSize <= SECOND_PASS_UNITS) {
            Lexicon learned = DocumentLexicon.learn(features, withConfidence(features, scorer, path),
                    extractor.knownPairs(reading));
            if (!learned.isEmpty()) {
                CueExtractor withLearned = new CueExtractor(settings, extractor.words(), learned);
                features = Features.of(bitext.source(), bitext.target(), withLearned, reading);
                scorer = scorer(features);
                path = pathBetween(features, scorer, links);
            }
        }
        return toAlignment(features, scorer, path);
    }

    /** The best path through the blocks between the fixed links, with the links as they are (no confidences yet). */
    private List<Step> pathBetween(Features features, BeadScorer scorer, List<FixedLink> links) {
        List<Step> steps = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (FixedLink link : links) {
            steps.addAll(bestPath(features, scorer, s, link.source().start(), t, link.target().start()));
            steps.add(FixedLinks.asStep(link));
            s = link.source().end();
            t = link.target().end();
        }
        steps.addAll(bestPath(features, scorer, s, features.sourceSize, t, features.targetSize));
        return steps;
    }

    /** The steps of {@code path} with the posterior of each searched step; fixed links keep theirs. */
    private List<Step> withConfidence(Features features, BeadScorer scorer, List<Step> path) {
        List<Step> steps = new ArrayList<>(path.size());
        int k = 0;
        while (k < path.size()) {
            if (path.get(k).fixed()) {
                steps.add(path.get(k++));
                continue;
            }
            int end = k;
            while (end < path.size() && !path.get(end).fixed()) {
                end++;
            }
            List<Step> block = path.subList(k, end);
            Step first = block.get(0);
            Step last = block.get(block.size() - 1);
            steps.addAll(withPosterior(features, scorer, first.source().start(), last.source().end(),
                    first.target().start(), last.target().end(), block));
            k = end;
        }
        return steps;
    }

    /** The best path of one block of units, {@code [s0, s1) × [t0, t1)}, with the posterior of each bead. */
    List<Step> alignBlock(Features features, BeadScorer scorer, int s0, int s1, int t0, int t1) {
        return withPosterior(features, scorer, s0, s1, t0, t1, bestPath(features, scorer, s0, s1, t0, t1));
    }

    /** The steps of the best path of one block with the posterior of each. */
    private List<Step> withPosterior(Features features, BeadScorer scorer, int s0, int s1, int t0, int t1,
                                     List<Step> path) {
        double[] posterior = Posterior.of(features, scorer, settings.confidenceTemperature(), s0, s1, t0, t1, path);
        List<Step> steps = new ArrayList<>(path.size());
        for (int k = 0; k < path.size(); k++) {
            steps.add(path.get(k).withConfidence(posterior[k]));
        }
        return steps;
    }

    private List<Step> bestPath(Features features, BeadScorer scorer, int s0, int s1, int t0, int t1) {
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
        int[] centre = Anchors.centre(features, s0, s1, t0, t1);
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

    /**
     * The alignment of a path: the posteriors and the evidence of its beads are independent, so
     * a long path computes them side by side.
     */
    private Alignment toAlignment(Features features, BeadScorer scorer, List<Step> path) {
        AtomicReference<List<Step>> confident = new AtomicReference<>();
        AtomicReference<List<Evidence>> evidence = new AtomicReference<>();
        Runnable posteriors = () -> confident.set(withConfidence(features, scorer, path));
        Runnable evidenceOfPath = () -> evidence.set(evidence(features, path));
        if (path.size() < PARALLEL_STEPS) {
            posteriors.run();
            evidenceOfPath.run();
        } else {
            SideBySide.run(posteriors, evidenceOfPath);
        }
        List<Bead> beads = beads(confident.get(), evidence.get());
        List<Move> moves = new MoveFinder(features).find(beads);
        return new Alignment(features.sourceSize, features.targetSize, beads, moves);
    }

    /** The features of a bitext under these settings. */
    Features features(List<String> source, Lang sourceLang, List<String> target, Lang targetLang) {
        return Features.of(source, target, extractor, WordListReading.of(sourceLang, targetLang));
    }

    BeadScorer scorer(Features features) {
        return new BeadScorer(settings, features);
    }

    /** Beads with confidence and evidence for the steps of a path. */
    List<Bead> beads(Features features, List<Step> steps) {
        return beads(steps, evidence(features, steps));
    }

    /** The beads of steps whose evidence is {@code evidence}, in the same order. */
    private static List<Bead> beads(List<Step> steps, List<Evidence> evidence) {
        List<Bead> beads = new ArrayList<>(steps.size());
        for (int k = 0; k < steps.size(); k++) {
            Step step = steps.get(k);
            beads.add(new Bead(step.source(), step.target(), step.confidence(), evidence.get(k)));
        }
        return beads;
    }

    private static List<Evidence> evidence(Features features, List<Step> steps) {
        EvidenceBuilder builder = new EvidenceBuilder(features);
        List<Evidence> evidence = new ArrayList<>(steps.size());
        for (Step step : steps) {
            evidence.add(builder.of(step.source(), step.target()));
        }
        return evidence;
    }
}
