package org.espejo.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Lang;

/**
 * Text left untranslated: a paragraph or sentence whose detected language is the other
 * side's (or, with high confidence, a third language), and text that is the same on both
 * sides. Language guesses come with the story; without them only the identity test runs.
 * Names, numbers and short fragments are never judged: identical text must hold at least
 * three lower-case words, a language guess needs enough letters to be trusted, text made
 * mostly of capitalised words or a fifth of the expected language's function words ("the",
 * "and", "of"…) is not judged by its language, and text called the other side's
 * language must share at least half its words with the other side of its row (measured on
 * the dev corpora: without that, names made English paragraphs "Spanish").
 */
final class UntranslatedCheck implements Check {

    private static final int MIN_IDENTICAL_WORDS = 3;
    private static final double THIRD_LANGUAGE_CONFIDENCE = 0.99;
    private static final double SENTENCE_CONFIDENCE = 0.9;
    private static final double SHARED_WORDS = 0.5;
    private static final double MAX_CAPITALISED = 0.3;

    @Override
    public CheckType type() {
        return CheckType.UNTRANSLATED;
    }

    @Override
    public List<Finding> run(AlignedStory story, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (StoryRow row : story.rows()) {
            if (row.isGap()) {
                continue;
            }
            Set<Integer> identicalLeft = identical(row, findings);
            for (Side side : Side.values()) {
                for (Passage p : row.side(side)) {
                    if (side == Side.LEFT && identicalLeft.contains(p.paragraph())) {
                        continue;
                    }
                    if (!wrongLanguage(story, row, side, p, context.settings(), findings)) {
                        wrongSentences(story, row, side, p, context.settings(), findings);
                    }
                }
            }
        }
        return findings;
    }

    /** Reports identical passages and 1-1 sentences; returns the left paragraphs reported whole. */
    private Set<Integer> identical(StoryRow row, List<Finding> out) {
        Set<Integer> reported = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Passage l : row.left()) {
            for (Passage r : row.right()) {
                if (same(l.text(), r.text()) && seen.add(Fingerprint.normalise(l.text()))) {
                    out.add(identicalFinding(row, Rows.whole(l), Rows.whole(r), l.text()));
                    reported.add(l.paragraph());
                }
            }
        }
        List<RowSentence> left = row.sentences(Side.LEFT);
        List<RowSentence> right = row.sentences(Side.RIGHT);
        for (SentenceLink link : row.links()) {
            if (!link.isOneToOne()) {
                continue;
            }
            RowSentence l = left.get(link.left().start());
            RowSentence r = right.get(link.right().start());
            if (!reported.contains(l.passage().paragraph()) && same(l.text(), r.text())
                    && seen.add(Fingerprint.normalise(l.text()))) {
                out.add(identicalFinding(row, l.mark(), r.mark(), l.text()));
            }
        }
        return reported;
    }

    private static boolean same(String a, String b) {
        if (!Fingerprint.normalise(a).equals(Fingerprint.normalise(b))) {
            return false;
        }
        return Words.of(a).stream().filter(w -> w.isLowerCase() && w.text().length() >= 3).count()
                >= MIN_IDENTICAL_WORDS;
    }

    private Finding identicalFinding(StoryRow row, Mark left, Mark right, String text) {
        return Finding.in(type(), Severity.ERROR, row.index())
                .mark(Side.LEFT, left).mark(Side.RIGHT, right)
                .message("identical", Rows.excerpt(text, 60))
                .identifiedBy(text);
    }

    private boolean wrongLanguage(AlignedStory story, StoryRow row, Side side, Passage p, CheckSettings settings,
                                  List<Finding> out) {
        Lang expected = story.lang(side);
        Lang other = story.lang(side.other());
        LanguageGuess guess = p.language();
        if (!expected.isKnown() || !guess.isKnown() || guess.lang() == expected
                || letters(p.text()) < settings.minLanguageLetters() || guess.confidence() < settings.minLanguageConfidence()) {
            return false;
        }
        boolean otherSide = guess.lang() == other;
        if (mostlyNames(p.text()) || FunctionWords.lookLike(p.text(), expected)) {
            return false;
        }
        if (otherSide ? !sharesTheOtherSidesWords(p.text(), row, side)
                : guess.confidence() < THIRD_LANGUAGE_CONFIDENCE || letters(p.text()) < 3 * settings.minLanguageLetters()) {
            return false;
        }
        out.add(Finding.in(type(), otherSide ? Severity.ERROR : Severity.WARNING, row.index())
                .mark(side, Rows.whole(p))
                .message("paragraph-language", "lang:" + guess.lang().code(), "lang:" + expected.code())
                .identifiedBy(side.name(), guess.lang().code(), p.text()));
        return true;
    }

    private void wrongSentences(AlignedStory story, StoryRow row, Side side, Passage p, CheckSettings settings,
                                List<Finding> out) {
        Lang expected = story.lang(side);
        Lang other = story.lang(side.other());
        if (!expected.isKnown() || !other.isKnown() || p.sentences().size() < 2) {
            return;
        }
        for (int i = 0; i < p.sentences().size(); i++) {
            LanguageGuess guess = p.sentenceLanguage(i);
            String text = p.sentences().get(i).of(p.text());
            if (guess.lang() == other && guess.confidence() >= SENTENCE_CONFIDENCE
                    && letters(text) >= settings.minLanguageLetters() && !mostlyNames(text)
                    && !FunctionWords.lookLike(text, expected)
                    && sharesTheOtherSidesWords(text, row, side)) {
                out.add(Finding.in(type(), Severity.WARNING, row.index())
                        .mark(side, new Mark(p.paragraph(), p.sentences().get(i)))
                        .message("sentence-language", "lang:" + other.code(), "lang:" + expected.code())
                        .identifiedBy(side.name(), other.code(), text));
            }
        }
    }

    /**
     * Whether most of the text's words also stand on the other side of the row. Text left in
     * the other side's language is nearly always the source itself, or shares its function
     * words; a text that a detector calls foreign because of its names ("Los Reyes de la Paz")
     * shares only those names.
     */
    private static boolean sharesTheOtherSidesWords(String text, StoryRow row, Side side) {
        java.util.Set<String> other = new java.util.HashSet<>(Words.folded(row.text(side.other())));
        List<String> words = Words.folded(text);
        long shared = words.stream().filter(other::contains).count();
        return !words.isEmpty() && shared >= SHARED_WORDS * words.size();
    }

    /** Names, titles and lists of names: too many capitalised words for a language call. */
    private static boolean mostlyNames(String text) {
        List<Word> words = Words.of(text);
        long capitalised = words.stream().filter(w -> !w.initial() && w.isCapitalised()).count();
        return !words.isEmpty() && capitalised >= MAX_CAPITALISED * words.size();
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }
}
