package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The .txt paragraph rule must number paragraphs exactly as the development corpora's gold
 * alignments do: every es–en dataset's texts must have as many paragraphs as its gold.tsv covers.
 * Reads ../shared/corpora (research texts are read in place, never copied).
 */
class CorpusParagraphCountTest {

    private static final Path CORPORA = Path.of("..", "shared", "corpora");

    @Test
    void every_corpus_text_has_as_many_paragraphs_as_its_gold_alignment_covers() throws Exception {
        assumeTrue(Files.isDirectory(CORPORA), "no ../shared/corpora here; the corpus check is skipped");
        List<Path> datasets = datasets();
        List<String> mismatches = new ArrayList<>();
        for (Path dataset : datasets) {
            int[] gold = goldSizes(dataset.resolve("gold.tsv"));
            int es = Extracted.EXTRACTOR.extract(dataset.resolve("es.txt"), TextSplit.AUTO).size();
            int en = Extracted.EXTRACTOR.extract(dataset.resolve("en.txt"), TextSplit.AUTO).size();
            if (es != gold[0] || en != gold[1]) {
                mismatches.add(dataset + ": es " + es + "/" + gold[0] + ", en " + en + "/" + gold[1]);
            }
        }
        assertThat(datasets).hasSizeGreaterThan(900);
        assertThat(mismatches).isEmpty();
    }

    private static List<Path> datasets() throws IOException {
        List<Path> result = new ArrayList<>();
        for (String collection : List.of("wmt-news-es-en", "bible-kjv-rv1909")) {
            try (Stream<Path> files = Files.walk(CORPORA.resolve(collection))) {
                files.filter(p -> p.getFileName().toString().equals("gold.tsv"))
                        .map(Path::getParent)
                        .sorted()
                        .forEach(result::add);
            }
        }
        return result;
    }

    /** The number of es and en paragraphs a gold file covers (1 + its highest index on each side). */
    private static int[] goldSizes(Path gold) throws IOException {
        int[] sizes = new int[2];
        for (String line : Files.readAllLines(gold)) {
            String[] sides = line.split("\t", -1);
            for (int side = 0; side < 2; side++) {
                for (String index : sides[side].split(",")) {
                    if (!index.isBlank()) {
                        sizes[side] = Math.max(sizes[side], Integer.parseInt(index.strip()) + 1);
                    }
                }
            }
        }
        return sizes;
    }
}
