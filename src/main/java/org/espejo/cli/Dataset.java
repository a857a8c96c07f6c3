package org.espejo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.espejo.align.Link;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.text.Lang;

/**
 * One evaluation dataset folder: the two texts ({@code es.txt}/{@code en.txt}, or
 * {@code de.txt}/{@code fr.txt}), the paragraph gold ({@code gold.tsv}) and, when present, the
 * sentence units and gold ({@code *.segments.tsv}).
 */
record Dataset(Path dir, List<String> source, Lang sourceLang, List<String> target, Lang targetLang,
               List<Link> gold, Optional<Segments> segments) {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

    private static final String[][] PAIRS = {{"es.txt", "en.txt"}, {"de.txt", "fr.txt"}};

    /**
     * The sentence units and sentence gold.
     *
     * @param source the sentences of each source paragraph
     * @param target the sentences of each target paragraph
     * @param gold   the sentence-level gold
     */
    record Segments(List<List<String>> source, List<List<String>> target, List<Link> gold) {
    }

    /** The dataset folders at or below each path, in path order. */
    static List<Path> find(List<Path> roots) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IOException("not a directory: " + root);
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isDirectory).filter(Dataset::isDataset).sorted().forEach(found::add);
            }
        }
        return found;
    }

    static boolean isDataset(Path dir) {
        return Files.isRegularFile(dir.resolve("gold.tsv")) && pair(dir).isPresent();
    }

    private static Optional<String[]> pair(Path dir) {
        for (String[] pair : PAIRS) {
            if (Files.isRegularFile(dir.resolve(pair[0])) && Files.isRegularFile(dir.resolve(pair[1]))) {
                return Optional.of(pair);
            }
        }
        return Optional.empty();
    }

    static Dataset load(Path dir) throws IOException, ExtractionException {
        String[] pair = pair(dir).orElseThrow(() -> new IOException("no text pair in " + dir));
        List<String> source = EXTRACTOR.extract(dir.resolve(pair[0]), TextSplit.AUTO).texts();
        List<String> target = EXTRACTOR.extract(dir.resolve(pair[1]), TextSplit.AUTO).texts();
        List<Link> gold = links(dir.resolve("gold.tsv"));
        Optional<Segments> segments = Optional.empty();
        String sourceSegments = pair[0].replace(".txt", ".segments.tsv");
        String targetSegments = pair[1].replace(".txt", ".segments.tsv");
        if (Files.isRegularFile(dir.resolve(sourceSegments)) && Files.isRegularFile(dir.resolve(targetSegments))
                && Files.isRegularFile(dir.resolve("gold.segments.tsv"))) {
            segments = Optional.of(new Segments(sentences(dir.resolve(sourceSegments), source.size()),
                    sentences(dir.resolve(targetSegments), target.size()), links(dir.resolve("gold.segments.tsv"))));
        }
        return new Dataset(dir, source, language(pair[0]), target, language(pair[1]), gold, segments);
    }

    /** The language a file name such as {@code es.txt} stands for. */
    private static Lang language(String fileName) {
        return Lang.fromCode(fileName.substring(0, fileName.indexOf('.'))).orElse(Lang.UNKNOWN);
    }

    static List<Link> links(Path file) throws IOException {
        List<Link> links = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isEmpty()) {
                links.add(Link.parse(line));
            }
        }
        return links;
    }

    /** Sentences grouped by paragraph, from a {@code seg<TAB>para<TAB>ref<TAB>text} file. */
    private static List<List<String>> sentences(Path file, int paragraphs) throws IOException {
        List<List<String>> byParagraph = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            byParagraph.add(new ArrayList<>());
        }
        List<String> lines = Files.readAllLines(file);
        for (int k = 1; k < lines.size(); k++) {
            String[] columns = lines.get(k).split("\t", 4);
            if (columns.length < 4) {
                continue;
            }
            int paragraph = Integer.parseInt(columns[1]);
            if (paragraph >= paragraphs) {
                throw new IOException(file + ": paragraph " + paragraph + " beyond the text's " + paragraphs);
            }
            byParagraph.get(paragraph).add(columns[3]);
        }
        return byParagraph;
    }
}
