package org.espejo.align;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Lang;

/**
 * Learns the shipped Spanish–English word list ({@code lexicon-es-en.tsv}) from public-domain
 * parallel text, with Dice scores and competitive linking (Melamed 2000): every candidate
 * stem pair that co-occurs often enough is ranked by Dice coefficient, and a pair is kept
 * when neither of its stems is already taken by a better pair.
 *
 * <p>Inputs: Don Quijote (Spanish, Gutenberg #2000) and Ormsby's translation (Gutenberg #996),
 * aligned by paragraphs with {@link BandedAligner} (only its confident 1-1 beads are used),
 * and, when given, Bible books (Reina-Valera 1909 / King James) as verse pairs from
 * {@code *.segments.tsv}. Run from the repository root:
 *
 * <pre>
 * ./mvnw -o -q test-compile
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.espejo.align.LexiconBuilder \
 *     src/main/resources/org/espejo/align/lexicon-es-en.tsv ../shared/corpora/scale/quijote [BIBLE_CLEAN_DIR...]
 * </pre>
 */
public final class LexiconBuilder {

    private static final int MIN_JOINT = 3;
    private static final double MIN_DICE = 0.2;
    /** Stems found in more than this share of the pairs are function words: too common to be cues. */
    private static final double MAX_SHARE = 0.15;

    private final Map<String, Integer> sourceCount = new HashMap<>();
    private final Map<String, Integer> targetCount = new HashMap<>();
    private final Map<String, Integer> jointCount = new HashMap<>();
    private int pairs;

    public static void main(String[] args) throws IOException {
        LexiconBuilder builder = new LexiconBuilder();
        Path quijote = Path.of(args[1]);
        builder.addQuijote(quijote.resolve("es.txt"), quijote.resolve("en.txt"));
        for (int i = 2; i < args.length; i++) {
            try (var books = Files.list(Path.of(args[i]))) {
                for (Path book : books.sorted().toList()) {
                    builder.addVerses(book);
                }
            }
        }
        List<String[]> lexicon = builder.link();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.println("# es_stem\ten_stem\tdice\tjoint_count  (learned by org.espejo.align.LexiconBuilder; see README)");
            for (String[] row : lexicon) {
                out.println(String.join("\t", row));
            }
        }
        System.out.println(builder.pairs + " sentence pairs, " + lexicon.size() + " stem pairs");
    }

    void addQuijote(Path es, Path en) throws IOException {
        List<String> source = paragraphs(es);
        List<String> target = paragraphs(en);
        AlignerSettings withoutWordList = AlignerSettings.DEFAULT.without(Set.of(Signal.LEXICON));
        Alignment alignment = new BandedAligner(withoutWordList)
                .align(new Bitext(source, Lang.SPANISH, target, Lang.ENGLISH));
        for (Bead bead : alignment.beads()) {
            if (bead.type().equals("1-1") && bead.confidence() >= 0.9) {
                add(source.get(bead.source().start()), target.get(bead.target().start()));
            }
        }
    }

    void addVerses(Path book) throws IOException {
        Map<String, String> es = verses(book.resolve("es.segments.tsv"));
        Map<String, String> en = verses(book.resolve("en.segments.tsv"));
        for (Map.Entry<String, String> verse : es.entrySet()) {
            String other = en.get(verse.getKey());
            if (other != null) {
                add(verse.getValue(), other);
            }
        }
    }

    private static Map<String, String> verses(Path file) throws IOException {
        Map<String, String> byRef = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", 4);
            if (c.length == 4) {
                byRef.put(c[2], c[3]);
            }
        }
        return byRef;
    }

    private static List<String> paragraphs(Path file) throws IOException {
        return Arrays.stream(Files.readString(file).split("\n\\s*\n")).map(p -> p.replace('\n', ' ').strip())
                .filter(p -> !p.isEmpty()).toList();
    }

    void add(String source, String target) {
        Set<String> s = stems(source);
        Set<String> t = stems(target);
        pairs++;
        s.forEach(w -> sourceCount.merge(w, 1, Integer::sum));
        t.forEach(w -> targetCount.merge(w, 1, Integer::sum));
        for (String a : s) {
            for (String b : t) {
                jointCount.merge(a + "\t" + b, 1, Integer::sum);
            }
        }
    }

    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        DocumentLexicon.addStems(text, stems);
        return stems;
    }

    /** Competitive linking over the Dice-ranked candidates. */
    List<String[]> link() {
        List<Object[]> candidates = new ArrayList<>();
        for (Map.Entry<String, Integer> e : jointCount.entrySet()) {
            int joint = e.getValue();
            if (joint < MIN_JOINT) {
                continue;
            }
            String[] pair = e.getKey().split("\t");
            if (sourceCount.get(pair[0]) > MAX_SHARE * pairs || targetCount.get(pair[1]) > MAX_SHARE * pairs) {
                continue;
            }
            double dice = 2.0 * joint / (sourceCount.get(pair[0]) + targetCount.get(pair[1]));
            if (dice >= MIN_DICE) {
                candidates.add(new Object[] {pair[0], pair[1], dice, joint});
            }
        }
        candidates.sort((a, b) -> {
            int byDice = Double.compare((double) b[2], (double) a[2]);
            return byDice != 0 ? byDice : Integer.compare((int) b[3], (int) a[3]);
        });
        Set<String> takenSource = new HashSet<>();
        Set<String> takenTarget = new HashSet<>();
        List<String[]> lexicon = new ArrayList<>();
        for (Object[] c : candidates) {
            String s = (String) c[0];
            String t = (String) c[1];
            if (!takenSource.contains(s) && !takenTarget.contains(t)) {
                takenSource.add(s);
                takenTarget.add(t);
                lexicon.add(new String[] {s, t, String.format(java.util.Locale.ROOT, "%.3f", (double) c[2]),
                        String.valueOf(c[3])});
            }
        }
        lexicon.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
        return lexicon;
    }
}
