package org.espejo.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.language.LanguageGuess;
import org.espejo.text.IcuSentenceSegmenter;
import org.espejo.text.Lang;
import org.espejo.text.ParagraphKind;
import org.espejo.text.Sentence;
import org.espejo.text.SentenceSegmenter;
import org.espejo.text.Span;

/**
 * Builds an {@link AlignedStory} from the two documents' paragraphs, a paragraph alignment and,
 * optionally, the sentence alignment inside each paragraph bead, the paragraphs' sentence
 * spans, their language guesses and each row's pairing status. What is not given is
 * derived (sentences by {@link IcuSentenceSegmenter}) or left unknown (languages, links).
 *
 * <pre>{@code
 * AlignedStory story = new StoryBuilder(Lang.SPANISH, Lang.ENGLISH)
 *         .paragraphs(spanishTexts, englishTexts)
 *         .alignment(paragraphAlignment)
 *         .sentenceLinks(sentenceAlignment.groups())
 *         .build();
 * }</pre>
 *
 * <p>Not thread-safe; build one story per builder.
 */
public final class StoryBuilder {

    private final Lang leftLang;
    private final Lang rightLang;
    private List<String> left = List.of();
    private List<String> right = List.of();
    private List<ParagraphKind> leftKinds = List.of();
    private List<ParagraphKind> rightKinds = List.of();
    private List<List<Span>> leftSentences = List.of();
    private List<List<Span>> rightSentences = List.of();
    private List<LanguageGuess> leftLanguages = List.of();
    private List<LanguageGuess> rightLanguages = List.of();
    private List<List<LanguageGuess>> leftSentenceLanguages = List.of();
    private List<List<LanguageGuess>> rightSentenceLanguages = List.of();
    private Alignment alignment;
    private List<Alignment> groups = List.of();
    private List<Pairing> pairings = List.of();
    private SentenceSegmenter segmenter = new IcuSentenceSegmenter();

    /** A builder for a story whose sides are in these languages ({@link Lang#UNKNOWN} allowed). */
    public StoryBuilder(Lang leftLang, Lang rightLang) {
        this.leftLang = Objects.requireNonNull(leftLang, "leftLang");
        this.rightLang = Objects.requireNonNull(rightLang, "rightLang");
    }

    /** The paragraphs' texts of each side, in document order. Required. */
    public StoryBuilder paragraphs(List<String> left, List<String> right) {
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        return this;
    }

    /** The paragraph alignment: its beads become the rows. Required. */
    public StoryBuilder alignment(Alignment alignment) {
        this.alignment = Objects.requireNonNull(alignment, "alignment");
        return this;
    }

    /** One sentence alignment per paragraph bead, as the sentence aligner's groups. */
    public StoryBuilder sentenceLinks(List<Alignment> groups) {
        this.groups = List.copyOf(groups);
        return this;
    }

    /** Each paragraph's sentences as spans; without this, sentences come from the segmenter. */
    public StoryBuilder sentences(List<List<Span>> left, List<List<Span>> right) {
        this.leftSentences = copy(left);
        this.rightSentences = copy(right);
        return this;
    }

    /** The segmenter used when no sentence spans are given. */
    public StoryBuilder segmenter(SentenceSegmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        return this;
    }

    /** Each paragraph's kind; body when not given. */
    public StoryBuilder kinds(List<ParagraphKind> left, List<ParagraphKind> right) {
        this.leftKinds = List.copyOf(left);
        this.rightKinds = List.copyOf(right);
        return this;
    }

    /** One language guess per paragraph of each side. */
    public StoryBuilder languages(List<LanguageGuess> left, List<LanguageGuess> right) {
        this.leftLanguages = List.copyOf(left);
        this.rightLanguages = List.copyOf(right);
        return this;
    }

    /** One guess per sentence of each paragraph; needs the sentences to be the same ones. */
    public StoryBuilder sentenceLanguages(List<List<LanguageGuess>> left, List<List<LanguageGuess>> right) {
        this.leftSentenceLanguages = copy(left);
        this.rightSentenceLanguages = copy(right);
        return this;
    }

    /** One pairing status per bead; automatic when not given. */
    public StoryBuilder pairings(List<Pairing> pairings) {
        this.pairings = List.copyOf(pairings);
        return this;
    }

    /**
     * The story.
     *
     * @throws IllegalArgumentException if a list does not match the paragraphs or the beads
     * @throws IllegalStateException    if paragraphs or alignment are missing
     */
    public AlignedStory build() {
        if (alignment == null) {
            throw new IllegalStateException("alignment() is required");
        }
        if (alignment.sourceSize() != left.size() || alignment.targetSize() != right.size()) {
            throw new IllegalArgumentException("alignment covers " + alignment.sourceSize() + "×"
                    + alignment.targetSize() + " paragraphs, texts have " + left.size() + "×" + right.size());
        }
        List<Bead> beads = alignment.beads();
        requireSize(groups, beads.size(), "sentence link groups");
        requireSize(pairings, beads.size(), "pairings");
        List<Passage> leftPassages = passages(left, leftLang, leftKinds, leftSentences, leftLanguages,
                leftSentenceLanguages);
        List<Passage> rightPassages = passages(right, rightLang, rightKinds, rightSentences, rightLanguages,
                rightSentenceLanguages);
        List<StoryRow> rows = new ArrayList<>(beads.size());
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = beads.get(i);
            List<SentenceLink> links = groups.isEmpty() ? List.of() : links(groups.get(i));
            rows.add(new StoryRow(i,
                    leftPassages.subList(bead.source().start(), bead.source().end()),
                    rightPassages.subList(bead.target().start(), bead.target().end()),
                    links, pairings.isEmpty() ? Pairing.AUTOMATIC : pairings.get(i), bead.confidence()));
        }
        return new AlignedStory(leftLang, rightLang, rows);
    }

    private List<Passage> passages(List<String> texts, Lang lang, List<ParagraphKind> kinds,
                                   List<List<Span>> sentences, List<LanguageGuess> languages,
                                   List<List<LanguageGuess>> sentenceLanguages) {
        requireSize(kinds, texts.size(), "paragraph kinds");
        requireSize(sentences, texts.size(), "sentence lists");
        requireSize(languages, texts.size(), "language guesses");
        requireSize(sentenceLanguages, texts.size(), "sentence language lists");
        List<Passage> passages = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<Span> spans = sentences.isEmpty() ? segment(i, text, lang) : sentences.get(i);
            passages.add(new Passage(i, text,
                    kinds.isEmpty() ? ParagraphKind.BODY : kinds.get(i), spans,
                    languages.isEmpty() ? LanguageGuess.UNKNOWN : languages.get(i),
                    sentenceLanguages.isEmpty() ? List.of() : sentenceLanguages.get(i)));
        }
        return passages;
    }

    private List<Span> segment(int paragraph, String text, Lang lang) {
        return segmenter.split(paragraph, text, lang).stream().map(Sentence::span).toList();
    }

    private static List<SentenceLink> links(Alignment group) {
        return group.beads().stream().map(b -> new SentenceLink(b.source(), b.target())).toList();
    }

    private static void requireSize(List<?> list, int expected, String what) {
        if (!list.isEmpty() && list.size() != expected) {
            throw new IllegalArgumentException(what + ": " + list.size() + " given, " + expected + " expected");
        }
    }

    private static <T> List<List<T>> copy(List<List<T>> lists) {
        return lists.stream().map(l -> Collections.unmodifiableList(new ArrayList<>(l))).toList();
    }
}
