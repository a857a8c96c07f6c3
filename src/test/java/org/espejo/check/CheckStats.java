package org.espejo.check;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.espejo.align.Alignment;
import org.espejo.align.BandedAligner;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.Evidence;
import org.espejo.align.Range;
import org.espejo.align.SentenceAligner;
import org.espejo.language.LanguageDetector;
import org.espejo.language.LanguageGuess;
import org.espejo.language.LinguaLanguageDetector;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Sentence;
import org.espejo.text.Span;

/**
 * Measures the checks on the development corpora: findings per 1,000 Spanish words per check
 * type and per rule, and a seeded random sample of findings per type, written out with their
 * context so that each can be judged true or false by reading it. Not a test: run it by hand.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.espejo.check.CheckStats \
 *     --alignment gold --sample 20 --samples target/check-samples-gold.txt \
 *     ../shared/corpora/wmt-news-es-en/clean ../shared/corpora/bible-kjv-rv1909/clean
 * </pre>
 *
 * {@code --sample-by-rule} samples per message key instead of per check type; {@code --glossary
 * FILE} runs the terminology check with that glossary; {@code --dump FILE} writes every finding
 * (dataset and the whole record), one a line, to compare two versions of the checks.
 * {@code --alignment gold} builds the rows from {@code gold.tsv} and the sentence links from
 * {@code gold.segments.tsv} (isolating check noise from alignment noise); {@code espejo} aligns
 * with the project's own aligners and segmenter. {@code --languages} runs language detection.
 */
public final class CheckStats {

    private record Dataset(Path dir, AlignedStory story, int words) {
    }

    private record Sampled(Dataset dataset, Finding finding) {
    }

    private String alignment = "gold";
    private boolean languages;
    private int sample = 20;
    private long seed = 6;
    private Path samples = Path.of("target/check-samples.txt");
    private boolean byRule;
    private Glossary glossary = Glossary.EMPTY;
    private Path dump;
    private final List<Path> roots = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        CheckStats stats = new CheckStats();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--alignment" -> stats.alignment = args[++i];
                case "--languages" -> stats.languages = true;
                case "--sample" -> stats.sample = Integer.parseInt(args[++i]);
                case "--seed" -> stats.seed = Long.parseLong(args[++i]);
                case "--samples" -> stats.samples = Path.of(args[++i]);
                case "--sample-by-rule" -> stats.byRule = true;
                case "--glossary" -> stats.glossary = GlossaryReader.read(Path.of(args[++i]));
                case "--dump" -> stats.dump = Path.of(args[++i]);
                default -> stats.roots.add(Path.of(args[i]));
            }
        }
        stats.run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    private void run(PrintStream out) throws IOException {
        LanguageDetector detector = languages ? LinguaLanguageDetector.shared() : null;
        CheckEngine engine = new CheckEngine();
        Map<CheckType, List<Sampled>> byType = new EnumMap<>(CheckType.class);
        Map<String, Integer> byRule = new TreeMap<>();
        int words = 0;
        int datasets = 0;
        List<String> dumped = new ArrayList<>();
        for (Path dir : datasets()) {
            Dataset d = load(dir, detector);
            datasets++;
            words += d.words();
            for (Finding f : engine.run(d.story(), CheckSettings.DEFAULT, glossary)) {
                byType.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(new Sampled(d, f));
                byRule.merge(f.messageKey(), 1, Integer::sum);
                dumped.add(dir + "\t" + f);
            }
        }
        if (dump != null) {
            Files.write(dump, dumped, StandardCharsets.UTF_8);
        }
        out.printf(Locale.ROOT, "%d datasets, %d Spanish words, alignment: %s, languages: %s%n%n", datasets, words,
                alignment, languages ? "detected" : "not detected");
        out.printf(Locale.ROOT, "%-14s %9s %12s%n", "check", "findings", "per 1k words");
        for (CheckType type : CheckType.values()) {
            int n = byType.getOrDefault(type, List.of()).size();
            out.printf(Locale.ROOT, "%-14s %9d %12.2f%n", type.id(), n, 1000.0 * n / Math.max(1, words));
        }
        out.println();
        int total = words;
        byRule.forEach((rule, n) -> out.printf(Locale.ROOT, "  %-42s %7d %8.2f%n", rule, n, 1000.0 * n / Math.max(1, total)));
        writeSamples(byType);
        out.println();
        out.println("samples: " + samples);
    }

    private List<Path> datasets() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> Files.isRegularFile(p.resolve("gold.tsv")) && Files.isRegularFile(p.resolve("es.txt")))
                        .sorted().forEach(found::add);
            }
        }
        return found;
    }

    private Dataset load(Path dir, LanguageDetector detector) throws IOException {
        List<String> es = paragraphs(dir.resolve("es.txt"));
        List<String> en = paragraphs(dir.resolve("en.txt"));
        StoryBuilder builder = new StoryBuilder(Lang.SPANISH, Lang.ENGLISH).paragraphs(es, en);
        List<List<Span>> esSpans;
        List<List<Span>> enSpans;
        if (alignment.equals("gold")) {
            List<List<String>> esSegments = segments(dir.resolve("es.segments.tsv"), es.size());
            List<List<String>> enSegments = segments(dir.resolve("en.segments.tsv"), en.size());
            esSpans = locate(es, esSegments);
            enSpans = locate(en, enSegments);
            Alignment paragraphs = links(dir.resolve("gold.tsv"), es.size(), en.size());
            builder.alignment(paragraphs).sentenceLinks(groups(paragraphs, esSpans, enSpans,
                    links(dir.resolve("gold.segments.tsv"), count(esSpans), count(enSpans))));
        } else {
            IcuSentenceSegmenter segmenter = new IcuSentenceSegmenter();
            List<List<Sentence>> esSentences = split(segmenter, es, Lang.SPANISH);
            List<List<Sentence>> enSentences = split(segmenter, en, Lang.ENGLISH);
            esSpans = esSentences.stream().map(l -> l.stream().map(Sentence::span).toList()).toList();
            enSpans = enSentences.stream().map(l -> l.stream().map(Sentence::span).toList()).toList();
            Alignment paragraphs = new BandedAligner().align(new Bitext(es, Lang.SPANISH, en, Lang.ENGLISH));
            builder.alignment(paragraphs).sentenceLinks(new SentenceAligner().align(paragraphs,
                    texts(esSentences), texts(enSentences)).groups());
        }
        builder.sentences(esSpans, enSpans);
        if (detector != null) {
            builder.languages(es.stream().map(detector::detect).toList(), en.stream().map(detector::detect).toList())
                    .sentenceLanguages(sentenceGuesses(es, esSpans, detector), sentenceGuesses(en, enSpans, detector));
        }
        int words = es.stream().mapToInt(p -> Words.of(p).size()).sum();
        return new Dataset(dir, builder.build(), words);
    }

    private static List<List<LanguageGuess>> sentenceGuesses(List<String> paragraphs, List<List<Span>> spans,
                                                             LanguageDetector detector) {
        List<List<LanguageGuess>> all = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            List<Span> s = spans.get(p);
            all.add(s.size() < 2 ? s.stream().map(x -> LanguageGuess.UNKNOWN).toList()
                    : s.stream().map(x -> detector.detect(x.of(text))).toList());
        }
        return all;
    }

    private static List<String> paragraphs(Path file) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String block : Files.readString(file).split("\n\\s*\n")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip().replace('\n', ' '));
            }
        }
        return paragraphs;
    }

    private static List<List<String>> segments(Path file, int paragraphs) throws IOException {
        List<List<String>> byParagraph = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            byParagraph.add(new ArrayList<>());
        }
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", 4);
            if (c.length == 4) {
                byParagraph.get(Integer.parseInt(c[1])).add(c[3]);
            }
        }
        return byParagraph;
    }

    /** The segments' spans in their paragraphs (segments joined by one space give the paragraph). */
    private static List<List<Span>> locate(List<String> paragraphs, List<List<String>> segments) {
        List<List<Span>> spans = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Span> inParagraph = new ArrayList<>();
            int from = 0;
            for (String segment : segments.get(p)) {
                int at = paragraphs.get(p).indexOf(segment, from);
                if (at < 0) {
                    throw new IllegalStateException("segment not found in paragraph " + p + ": " + segment);
                }
                inParagraph.add(new Span(at, at + segment.length()));
                from = at + segment.length();
            }
            spans.add(inParagraph);
        }
        return spans;
    }

    private static Alignment links(Path gold, int left, int right) throws IOException {
        List<Bead> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (String line : Files.readAllLines(gold)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            int ns = c[0].isEmpty() ? 0 : c[0].split(",").length;
            int nt = c[1].isEmpty() ? 0 : c[1].split(",").length;
            beads.add(new Bead(new Range(s, s + ns), new Range(t, t + nt), 1.0, Evidence.NONE));
            s += ns;
            t += nt;
        }
        return Alignment.of(left, right, beads);
    }

    /** The sentence links of each paragraph bead, in row-local numbering. */
    private static List<Alignment> groups(Alignment paragraphs, List<List<Span>> es, List<List<Span>> en,
                                          Alignment sentences) {
        int[] esStart = starts(es);
        int[] enStart = starts(en);
        List<Alignment> groups = new ArrayList<>();
        int k = 0;
        for (Bead p : paragraphs.beads()) {
            int s0 = esStart[p.source().start()];
            int s1 = esStart[p.source().end()];
            int t0 = enStart[p.target().start()];
            int t1 = enStart[p.target().end()];
            List<Bead> local = new ArrayList<>();
            while (k < sentences.beads().size() && sentences.beads().get(k).source().end() <= s1
                    && sentences.beads().get(k).target().end() <= t1) {
                Bead b = sentences.beads().get(k++);
                local.add(new Bead(new Range(b.source().start() - s0, b.source().end() - s0),
                        new Range(b.target().start() - t0, b.target().end() - t0), 1.0, Evidence.NONE));
            }
            groups.add(Alignment.of(s1 - s0, t1 - t0, local));
        }
        return groups;
    }

    private static int[] starts(List<List<Span>> spans) {
        int[] start = new int[spans.size() + 1];
        for (int p = 0; p < spans.size(); p++) {
            start[p + 1] = start[p] + spans.get(p).size();
        }
        return start;
    }

    private static int count(List<List<Span>> spans) {
        return spans.stream().mapToInt(List::size).sum();
    }

    private static List<List<Sentence>> split(IcuSentenceSegmenter segmenter, List<String> paragraphs, Lang lang) {
        List<List<Sentence>> all = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            all.add(segmenter.split(p, paragraphs.get(p), lang));
        }
        return all;
    }

    private static List<List<String>> texts(List<List<Sentence>> sentences) {
        return sentences.stream().map(l -> l.stream().map(Sentence::text).toList()).toList();
    }

    private void writeSamples(Map<CheckType, List<Sampled>> byType) throws IOException {
        Files.createDirectories(samples.toAbsolutePath().getParent());
        FindingMessages messages = FindingMessages.english();
        Map<String, List<Sampled>> groups = new java.util.LinkedHashMap<>();
        for (CheckType type : CheckType.values()) {
            for (Sampled s : byType.getOrDefault(type, List.of())) {
                groups.computeIfAbsent(byRule ? s.finding().messageKey() : type.id(), k -> new ArrayList<>()).add(s);
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(samples, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, List<Sampled>> group : groups.entrySet()) {
                List<Sampled> all = new ArrayList<>(group.getValue());
                Collections.shuffle(all, new Random(seed));
                w.printf("=== %s: %d findings, %d sampled%n%n", group.getKey(), all.size(), Math.min(sample, all.size()));
                int n = 0;
                for (Sampled s : all.subList(0, Math.min(sample, all.size()))) {
                    describe(w, ++n, s, messages);
                }
            }
        }
    }

    private static void describe(PrintWriter w, int n, Sampled s, FindingMessages messages) {
        Finding f = s.finding();
        StoryRow row = s.dataset().story().rows().get(f.row());
        MarkTexts texts = new MarkTexts(s.dataset().story());
        w.printf("[%s %d] %s  row %d  %s%n", f.type().id(), n, s.dataset().dir().getFileName(), f.row() + 1, messages.message(f));
        w.println("  L marks: " + texts.texts(f, Side.LEFT, 400));
        w.println("  R marks: " + texts.texts(f, Side.RIGHT, 400));
        for (Side side : Side.values()) {
            List<Mark> marks = side == Side.LEFT ? f.left() : f.right();
            if (!marks.isEmpty()) {
                w.println("  " + side.name().charAt(0) + " sentence: "
                        + Rows.excerpt(Rows.contextOf(row, side, marks.get(0)), 400));
            }
        }
        w.println("  L row: " + Rows.excerpt(row.text(Side.LEFT), 700));
        w.println("  R row: " + Rows.excerpt(row.text(Side.RIGHT), 700));
        w.println();
    }
}
