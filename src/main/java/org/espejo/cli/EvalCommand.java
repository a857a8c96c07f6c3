package org.espejo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.espejo.align.AlignerSettings;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.Link;
import org.espejo.align.LinkScore;
import org.espejo.align.SentenceAligner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval DATASET_DIR...}: aligns every dataset folder at or below the given folders and
 * prints strict and lax precision, recall and F1 (Vecalign's definitions) per dataset, per
 * collection (the folder holding the datasets) and in total, at paragraph level and, where
 * {@code *.segments.tsv} give the sentence units, at sentence level.
 */
@Command(name = "eval", description = "Scores the aligner against gold alignments (strict/lax P/R/F1).",
        mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    enum Level { PARAGRAPH, SENTENCE, BOTH }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATASET_DIR",
            description = "Dataset folders (es.txt/en.txt or de.txt/fr.txt + gold.tsv), or folders containing them.")
    private List<Path> roots;

    @Option(names = "--level", description = "paragraph, sentence or both (default: ${DEFAULT-VALUE}).",
            defaultValue = "both", converter = LevelConverter.class)
    private Level level;

    @Option(names = {"-q", "--quiet"}, description = "Print only the totals per collection and overall.")
    private boolean quiet;

    @Option(names = "--confidence", description = "Also print the precision of paragraph beads per confidence band.")
    private boolean confidence;

    @Option(names = "--without", split = ",", paramLabel = "SIGNAL",
            description = "Switch scoring signals off (ablation): LENGTH, NUMBERS, NAMES, COGNATES, PUNCTUATION, LEXICON, DOCUMENT_LEXICON.")
    private List<String> without = new ArrayList<>();

    @Option(names = "--set", hidden = true, paramLabel = "NAME=VALUE", description = "Override an aligner parameter.")
    private Map<String, String> set = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AlignerSettings settings;
        AlignerSettings sentenceSettings;
        try {
            settings = SettingsOption.of(without, set);
            sentenceSettings = SettingsOption.of(AlignerSettings.SENTENCES, without, set);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("eval: " + e.getMessage());
            return 2;
        }
        List<Path> datasets;
        try {
            datasets = Dataset.find(roots);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("eval: " + e.getMessage());
            return 1;
        }
        if (datasets.isEmpty()) {
            spec.commandLine().getErr().println("eval: no dataset (gold.tsv with es.txt/en.txt or de.txt/fr.txt) under " + roots);
            return 1;
        }
        BandedAligner aligner = new BandedAligner(settings);
        SentenceAligner sentenceAligner = new SentenceAligner(sentenceSettings);
        Map<Path, Totals> collections = new LinkedHashMap<>();
        Totals all = new Totals();
        ConfidenceBands bands = new ConfidenceBands();
        out.println(EvalReport.header());
        for (Path dir : datasets) {
            Dataset data;
            try {
                data = Dataset.load(dir);
            } catch (Exception e) {
                spec.commandLine().getErr().println("eval: cannot read " + dir + ": " + e.getMessage());
                return 1;
            }
            Alignment paragraphs = aligner.align(new Bitext(data.source(), data.sourceLang(), data.target(), data.targetLang()));
            Totals one = new Totals();
            if (level != Level.SENTENCE) {
                List<Link> test = paragraphs.beads().stream().map(Link::of).toList();
                one.paragraph = LinkScore.of(data.gold(), test);
                one.paragraphDatasets = 1;
                bands.add(paragraphs.beads(), new HashSet<>(data.gold()));
            }
            if (level != Level.PARAGRAPH && data.segments().isPresent()) {
                Dataset.Segments seg = data.segments().get();
                Alignment sentences = sentenceAligner.align(paragraphs, seg.source(), data.sourceLang(), seg.target(),
                        data.targetLang()).sentences();
                one.sentence = LinkScore.of(seg.gold(), sentences.beads().stream().map(Link::of).toList());
                one.sentenceDatasets = 1;
            }
            if (!quiet) {
                EvalReport.print(out, dir.toString(), one);
            }
            collections.computeIfAbsent(dir.getParent() == null ? dir : dir.getParent(), k -> new Totals()).add(one);
            all.add(one);
        }
        out.println();
        for (Map.Entry<Path, Totals> c : collections.entrySet()) {
            EvalReport.print(out, "TOTAL " + c.getKey(), c.getValue());
        }
        if (collections.size() > 1) {
            EvalReport.print(out, "TOTAL all", all);
        }
        if (confidence) {
            bands.print(out);
        }
        out.flush();
        return 0;
    }

    /** Scores added up over datasets. */
    static final class Totals {
        LinkScore paragraph = LinkScore.ZERO;
        LinkScore sentence = LinkScore.ZERO;
        int paragraphDatasets;
        int sentenceDatasets;

        void add(Totals o) {
            paragraph = paragraph.plus(o.paragraph);
            sentence = sentence.plus(o.sentence);
            paragraphDatasets += o.paragraphDatasets;
            sentenceDatasets += o.sentenceDatasets;
        }
    }

    /** Precision of beads per confidence band, and how many errors the low bands catch. */
    static final class ConfidenceBands {
        private static final int BANDS = 10;
        private final long[] beads = new long[BANDS];
        private final long[] correct = new long[BANDS];

        void add(List<Bead> test, Set<Link> gold) {
            for (Bead bead : test) {
                int band = Math.min(BANDS - 1, (int) (bead.confidence() * BANDS));
                beads[band]++;
                if (gold.contains(Link.of(bead))) {
                    correct[band]++;
                }
            }
        }

        void print(PrintWriter out) {
            out.println();
            out.println("confidence   beads  correct  precision  errors");
            long errors = 0;
            for (int b = 0; b < BANDS; b++) {
                errors += beads[b] - correct[b];
            }
            long below = 0;
            for (int b = 0; b < BANDS; b++) {
                long wrong = beads[b] - correct[b];
                out.printf(Locale.ROOT, "[%.1f,%.1f) %7d %8d %10.3f %7d%n", b / 10.0, (b + 1) / 10.0, beads[b], correct[b],
                        beads[b] == 0 ? 0.0 : (double) correct[b] / beads[b], wrong);
                if (b < BANDS / 2) {
                    below += wrong;
                }
            }
            out.printf(Locale.ROOT, "errors with confidence < 0.5: %d of %d (%.1f%%)%n", below, errors,
                    errors == 0 ? 0.0 : 100.0 * below / errors);
        }
    }

    static final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return Level.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }
}
