package org.espejo.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.espejo.text.Document;
import org.espejo.text.Lang;

/**
 * Reads the dev corpora ({@code ../shared/corpora}) for the language measurements: the
 * Spanish and English sides of the clean WMT news and Bible datasets (with their gold
 * sentences from {@code *.segments.tsv}) and the Quijote. Read at run time, never copied.
 */
final class DevCorpora {

    /** One side of one dataset. */
    record Side(String corpus, String dataset, Lang lang, List<String> paragraphs, List<List<String>> sentences) {

        Document document() {
            return Document.ofTexts(dataset + "/" + lang.code(), paragraphs);
        }

        boolean hasGoldSentences() {
            return !sentences.isEmpty();
        }
    }

    /** The two sides of one dataset. */
    record Pair(Side spanish, Side english) {

        Side side(Lang lang) {
            return lang == Lang.SPANISH ? spanish : english;
        }
    }

    static final List<String> CORPORA = List.of("wmt", "bible", "quijote");

    private final Path root;

    DevCorpora(Path root) {
        this.root = root;
    }

    /** The root given on the command line, or {@code ../shared/corpora}. */
    static DevCorpora fromArgs(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no corpora at " + root.toAbsolutePath());
        }
        return new DevCorpora(root);
    }

    /** Every side of a corpus: {@code wmt}, {@code bible} or {@code quijote}. */
    List<Side> sides(String corpus) {
        return switch (corpus) {
            case "wmt" -> clean("wmt-news-es-en");
            case "bible" -> clean("bible-kjv-rv1909");
            case "quijote" -> List.of(quijote(Lang.SPANISH), quijote(Lang.ENGLISH));
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    /** The datasets of {@code wmt} or {@code bible} as Spanish-English pairs. */
    List<Pair> pairs(String corpus) {
        List<Side> sides = sides(corpus);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < sides.size(); i += 2) {
            pairs.add(new Pair(sides.get(i), sides.get(i + 1)));
        }
        return pairs;
    }

    /** Lines of the Bleualign German-French development set with at least {@code minLetters} letters. */
    List<String> bleualignLines(String code, int minLetters) {
        try {
            return Files.readAllLines(root.resolve("bleualign-de-fr/dev").resolve(code + ".txt")).stream()
                    .map(String::strip)
                    .filter(l -> LanguageScores.countLetters(l) >= minLetters)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Side quijote(Lang lang) {
        Path file = root.resolve("scale/quijote").resolve(lang.code() + ".txt");
        return new Side("quijote", "quijote", lang, paragraphs(file), List.of());
    }

    private List<Side> clean(String collection) {
        List<Side> sides = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve(collection).resolve("clean"))) {
            for (Path dir : dirs.sorted().toList()) {
                for (Lang lang : List.of(Lang.SPANISH, Lang.ENGLISH)) {
                    sides.add(new Side(collection.startsWith("wmt") ? "wmt" : "bible", dir.getFileName().toString(),
                            lang, paragraphs(dir.resolve(lang.code() + ".txt")),
                            segments(dir.resolve(lang.code() + ".segments.tsv"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sides;
    }

    /** Blank-line separated paragraphs, each one line. */
    static List<String> paragraphs(Path file) {
        try {
            return Arrays.stream(Files.readString(file).split("\n\\s*\n"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code seg<TAB>para<TAB>ref<TAB>text}: the sentences of each paragraph. */
    private static List<List<String>> segments(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<List<String>> byParagraph = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", 4);
                int para = Integer.parseInt(cols[1]);
                while (byParagraph.size() <= para) {
                    byParagraph.add(new ArrayList<>());
                }
                byParagraph.get(para).add(cols[3]);
            }
            return byParagraph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
