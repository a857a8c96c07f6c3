package org.espejo.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Evidence;
import org.espejo.align.Range;
import org.espejo.language.LanguageGuess;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.Sentence;

/** Small aligned stories for the check tests, built without the aligner. */
final class TestStories {

    private static final IcuSentenceSegmenter SEGMENTER = new IcuSentenceSegmenter();

    private TestStories() {
    }

    /** Spanish left, English right, paragraph i with paragraph i, sentences linked in order. */
    static AlignedStory parallel(List<String> es, List<String> en) {
        return builder(es, en, oneToOne(es.size())).build();
    }

    /**
     * A story whose rows are given as {@code "0:0 1: 2:1,2"}: left indices, a colon, right
     * indices; sentences linked in order inside each row.
     */
    static AlignedStory rows(List<String> es, List<String> en, String rows) {
        return builder(es, en, parse(rows, es.size(), en.size())).build();
    }

    /** The builder for such a story, to add languages or other details. */
    static StoryBuilder builder(List<String> es, List<String> en, Alignment alignment) {
        List<List<String>> esSentences = sentences(es, Lang.SPANISH);
        List<List<String>> enSentences = sentences(en, Lang.ENGLISH);
        List<Alignment> groups = new ArrayList<>();
        for (Bead b : alignment.beads()) {
            groups.add(inOrder(count(esSentences, b.source()), count(enSentences, b.target())));
        }
        return new StoryBuilder(Lang.SPANISH, Lang.ENGLISH).paragraphs(es, en).alignment(alignment)
                .sentenceLinks(groups);
    }

    static Alignment oneToOne(int n) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(new Bead(Range.single(i), Range.single(i), 1, Evidence.NONE));
        }
        return Alignment.of(n, n, beads);
    }

    static Alignment parse(String rows, int left, int right) {
        List<Bead> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (String row : rows.trim().split("\\s+")) {
            String[] sides = row.split(":", -1);
            Range source = range(sides[0], s);
            Range target = range(sides[1], t);
            beads.add(new Bead(source, target, 1, Evidence.NONE));
            s = source.end();
            t = target.end();
        }
        return Alignment.of(left, right, beads);
    }

    /** The findings of one check type (with no glossary). */
    static List<Finding> run(CheckType type, AlignedStory story) {
        return run(type, story, Glossary.EMPTY);
    }

    static List<Finding> run(CheckType type, AlignedStory story, Glossary glossary) {
        return new CheckEngine().run(story, CheckSettings.DEFAULT.only(EnumSet.of(type)), glossary);
    }

    /** The message keys of some findings, without the type prefix. */
    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.messageKey().substring(f.messageKey().indexOf('.') + 1)).toList();
    }

    /** A sure guess. */
    static LanguageGuess sure(Lang lang) {
        return new LanguageGuess(lang, 0.9);
    }

    private static Range range(String indices, int position) {
        if (indices.isEmpty()) {
            return new Range(position, position);
        }
        String[] parts = indices.split(",");
        return new Range(Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1]) + 1);
    }

    private static List<List<String>> sentences(List<String> paragraphs, Lang lang) {
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            all.add(SEGMENTER.split(i, paragraphs.get(i), lang).stream().map(Sentence::text).toList());
        }
        return all;
    }

    private static int count(List<List<String>> sentences, Range paragraphs) {
        int n = 0;
        for (int p = paragraphs.start(); p < paragraphs.end(); p++) {
            n += sentences.get(p).size();
        }
        return n;
    }

    /** Sentences paired one to one in order; the longer side's rest joins the last pair. */
    private static Alignment inOrder(int left, int right) {
        List<Bead> beads = new ArrayList<>();
        int pairs = Math.min(left, right);
        for (int i = 0; i < pairs; i++) {
            boolean last = i == pairs - 1;
            beads.add(new Bead(new Range(i, last ? left : i + 1), new Range(i, last ? right : i + 1), 1, Evidence.NONE));
        }
        if (pairs == 0 && (left > 0 || right > 0)) {
            beads.add(new Bead(new Range(0, left), new Range(0, right), 1, Evidence.NONE));
        }
        return Alignment.of(left, right, beads);
    }
}
