package org.espejo.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.espejo.text.Document;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * Measurement command (not a test): how well {@link ForeignPassageFinder} finds foreign text
 * planted in real translations, and how often it flags untouched paragraphs, for several
 * flagging thresholds. On both sides of the clean WMT news and Bible datasets:
 * <ul>
 * <li><b>untranslated</b>: every 5th paragraph replaced by its translation (the other side's
 * paragraph); expected {@link PassageStatus#UNTRANSLATED};</li>
 * <li><b>sentence</b>: in every 3rd paragraph of three or more sentences, the middle sentence
 * replaced by its translation; expected {@link PassageStatus#MIXED_QUOTE} with a span on it;</li>
 * <li><b>quote</b>: the same, with the planted sentence inside quotation marks;</li>
 * <li><b>third language</b>: every 7th paragraph replaced by three lines of the German or
 * French Bleualign text; expected {@link PassageStatus#OTHER_LANGUAGE};</li>
 * <li><b>false flags</b>: paragraphs of the untouched documents that are flagged at all.</li>
 * </ul>
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.espejo.language.ForeignPassageEvaluation ../shared/corpora [-v]
 * </pre>
 * With {@code -v}, the false flags at the default thresholds are printed.
 */
final class ForeignPassageEvaluation {

    private static final double[] CONFIDENCES = {0.9, 0.95, 0.99, 0.995, 0.999};
    private static final int[] MIN_LETTERS = {10, 20, 30};

    /** The kinds of planted text, in the order of the table's columns. */
    private static final List<String> KINDS = List.of("untranslated", "sentence", "quote", "third");

    /** A document with planted foreign text ({@code kind} "clean": none): which paragraphs, and where. */
    private record Planted(String kind, Document document, List<Integer> paragraphs, List<Span> spans,
                           PassageStatus expected) {
    }

    /** One profiled document to check, on a side of language {@code side}. */
    private record Case(Lang side, Planted planted, DocumentLanguages languages) {
    }

    private ForeignPassageEvaluation() {
    }

    public static void main(String[] args) {
        DevCorpora corpora = DevCorpora.fromArgs(args);
        boolean verbose = Arrays.asList(args).contains("-v");
        LinguaLanguageDetector detector = new LinguaLanguageDetector(
                LinguaLanguageDetector.Accuracy.CASCADE, new IcuSentenceSegmenter(), false);
        List<String> third = thirdLanguageParagraphs(corpora);
        List<Case> cases = new ArrayList<>();
        for (String corpus : List.of("wmt", "bible")) {
            for (DevCorpora.Pair pair : corpora.pairs(corpus)) {
                for (Lang side : List.of(Lang.SPANISH, Lang.ENGLISH)) {
                    DevCorpora.Side own = pair.side(side);
                    DevCorpora.Side other = pair.side(ForeignPassageFinder.counterpart(side));
                    for (Planted planted : List.of(untouched(own), untranslated(own, other), sentence(own, other, false),
                            sentence(own, other, true), thirdLanguage(own, third))) {
                        cases.add(new Case(side, planted, detector.profile(planted.document())));
                    }
                }
            }
        }
        System.out.println("recall per planted kind, and untouched paragraphs flagged per 1,000 (clean documents)");
        System.out.printf(Locale.ROOT, "%-6s %-5s %13s %13s %13s %13s %12s%n", "conf", "min", "untranslated",
                "sentence", "quote", "third lang", "false/1000");
        for (double confidence : CONFIDENCES) {
            for (int minLetters : MIN_LETTERS) {
                ForeignPassageFinder finder = new ForeignPassageFinder(detector, confidence, minLetters);
                System.out.printf(Locale.ROOT, "%-6s %-5d %s%n", confidence, minLetters, score(finder, cases, false));
            }
        }
        ForeignPassageFinder defaults = new ForeignPassageFinder(detector);
        outcomes(defaults, cases);
        if (verbose) {
            score(defaults, cases, true);
            missedSentences(defaults, cases);
        }
    }

    private static String score(ForeignPassageFinder finder, List<Case> cases, boolean printFalseFlags) {
        int[] hits = new int[4];
        int[] totals = new int[4];
        int cleanParagraphs = 0;
        int falseFlags = 0;
        for (Case c : cases) {
            List<ForeignPassage> found = finder.find(c.planted().document(), c.languages(), c.side());
            if (c.planted().kind().equals("clean")) {
                cleanParagraphs += c.planted().document().size();
                falseFlags += found.size();
                if (printFalseFlags) {
                    found.forEach(f -> System.out.printf(Locale.ROOT, "  false flag %s %s %s: %s%n", c.side().code(),
                            f.status(), f.language().code(), excerpt(c.planted().document(), f)));
                }
                continue;
            }
            int slot = KINDS.indexOf(c.planted().kind());
            for (int k = 0; k < c.planted().paragraphs().size(); k++) {
                int paragraph = c.planted().paragraphs().get(k);
                Span span = c.planted().spans().get(k);
                totals[slot]++;
                if (found.stream().anyMatch(f -> f.paragraph() == paragraph && f.status() == c.planted().expected()
                        && f.spans().stream().anyMatch(s -> overlaps(s.span(), span)))) {
                    hits[slot]++;
                }
            }
        }
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            row.append(String.format(Locale.ROOT, " %6.1f%% %5d", 100.0 * hits[i] / Math.max(1, totals[i]), totals[i]));
        }
        return row.append(String.format(Locale.ROOT, " %8.2f (%d/%d)", 1000.0 * falseFlags / Math.max(1, cleanParagraphs),
                falseFlags, cleanParagraphs)).toString();
    }

    /** What the planted paragraphs came out as, at the default thresholds. */
    private static void outcomes(ForeignPassageFinder finder, List<Case> cases) {
        java.util.Map<String, java.util.Map<String, Integer>> table = new java.util.TreeMap<>();
        for (Case c : cases) {
            if (c.planted().kind().equals("clean")) {
                continue;
            }
            List<PassageStatus> statuses = finder.statuses(c.planted().document(), c.languages(), c.side());
            for (int paragraph : c.planted().paragraphs()) {
                table.computeIfAbsent(c.planted().kind(), k -> new java.util.TreeMap<>())
                        .merge(statuses.get(paragraph).name(), 1, Integer::sum);
            }
        }
        System.out.println("\nplanted paragraphs by the status found, default thresholds");
        table.forEach((kind, counts) -> System.out.println("  " + kind + ": " + counts));
    }

    /** Planted sentences left unflagged, with what the profile said of the sentences over them. */
    private static void missedSentences(ForeignPassageFinder finder, List<Case> cases) {
        for (Case c : cases) {
            if (!c.planted().kind().equals("sentence")) {
                continue;
            }
            List<PassageStatus> statuses = finder.statuses(c.planted().document(), c.languages(), c.side());
            for (int k = 0; k < c.planted().paragraphs().size(); k++) {
                int paragraph = c.planted().paragraphs().get(k);
                if (statuses.get(paragraph) != PassageStatus.SAME) {
                    continue;
                }
                String text = c.planted().document().paragraphs().get(paragraph).text();
                Span planted = c.planted().spans().get(k);
                StringBuilder seen = new StringBuilder();
                List<Span> spans = c.languages().sentenceSpans().get(paragraph);
                for (int s = 0; s < spans.size(); s++) {
                    if (overlaps(spans.get(s), planted)) {
                        LanguageGuess g = c.languages().sentences().get(paragraph).get(s);
                        seen.append(String.format(Locale.ROOT, " [%s %.3f, %d letters]", g.lang().code(), g.confidence(),
                                LanguageScores.countLetters(spans.get(s).of(text))));
                    }
                }
                System.out.printf(Locale.ROOT, "  missed %s:%s %s%n", c.side().code(), seen, planted.of(text));
            }
        }
    }

    private static String excerpt(Document document, ForeignPassage passage) {
        String text = document.paragraphs().get(passage.paragraph()).text();
        String foreign = passage.spans().get(0).span().of(text);
        return (foreign.length() > 100 ? foreign.substring(0, 100) + "…" : foreign)
                + (foreign.length() < text.length() ? "   [in: " + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "]" : "");
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Planted untouched(DevCorpora.Side own) {
        return new Planted("clean", own.document(), List.of(), List.of(), PassageStatus.SAME);
    }

    private static Planted untranslated(DevCorpora.Side own, DevCorpora.Side other) {
        List<String> texts = new ArrayList<>(own.paragraphs());
        List<Integer> planted = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 2; i < texts.size() && i < other.paragraphs().size(); i += 5) {
            texts.set(i, other.paragraphs().get(i));
            planted.add(i);
            spans.add(new Span(0, texts.get(i).length()));
        }
        return new Planted("untranslated", Document.ofTexts(own.dataset(), texts), planted, spans,
                PassageStatus.UNTRANSLATED);
    }

    private static Planted sentence(DevCorpora.Side own, DevCorpora.Side other, boolean quoted) {
        List<String> texts = new ArrayList<>(own.paragraphs());
        List<Integer> planted = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 1; i < texts.size() && i < other.sentences().size(); i += 3) {
            List<String> mine = own.sentences().get(i);
            List<String> theirs = other.sentences().get(i);
            if (mine.size() < 3 || mine.size() != theirs.size()) {
                continue;
            }
            int middle = mine.size() / 2;
            String before = String.join(" ", mine.subList(0, middle));
            String foreign = quoted ? "“" + theirs.get(middle) + "”" : theirs.get(middle);
            String after = String.join(" ", mine.subList(middle + 1, mine.size()));
            texts.set(i, before + " " + foreign + " " + after);
            planted.add(i);
            spans.add(new Span(before.length() + 1, before.length() + 1 + foreign.length()));
        }
        return new Planted(quoted ? "quote" : "sentence", Document.ofTexts(own.dataset(), texts), planted, spans,
                PassageStatus.MIXED_QUOTE);
    }

    private static Planted thirdLanguage(DevCorpora.Side own, List<String> third) {
        List<String> texts = new ArrayList<>(own.paragraphs());
        List<Integer> planted = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 3; i < texts.size(); i += 7) {
            texts.set(i, third.get(Math.floorMod(own.dataset().hashCode() + i, third.size())));
            planted.add(i);
            spans.add(new Span(0, texts.get(i).length()));
        }
        return new Planted("third", Document.ofTexts(own.dataset(), texts), planted, spans,
                PassageStatus.OTHER_LANGUAGE);
    }

    /** Paragraphs of three consecutive Bleualign lines, German and French alternately. */
    private static List<String> thirdLanguageParagraphs(DevCorpora corpora) {
        List<String> de = corpora.bleualignLines("de", 40);
        List<String> fr = corpora.bleualignLines("fr", 40);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i + 3 <= Math.min(de.size(), fr.size()); i += 3) {
            paragraphs.add(String.join(" ", de.subList(i, i + 3)));
            paragraphs.add(String.join(" ", fr.subList(i, i + 3)));
        }
        return paragraphs;
    }
}
