package org.espejo.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Lang;

/**
 * The proper names of a story and how they pair across the sides. A capitalised word is a
 * name when the side never uses it in lower case and it is capitalised somewhere a common word
 * would not be (not opening a sentence, not in a title-case headline). A name is present on
 * the other side of its row when a word there is the same or a cognate, when a known variant
 * is there ({@link KnownVariants}), or when the story itself shows the pairing: a name that is
 * not otherwise matched but recurs with the same other-side word in most of its rows
 * ({@code Jehová} ↔ {@code LORD}). Which rows hold which words is indexed once per side
 * ({@link SideVocabulary}), so that a look-up across the story does not scan it.
 */
final class StoryNames {

    private final AlignedStory story;
    private final Map<Side, SideWords> words = new EnumMap<>(Side.class);
    private final Map<Side, SideVocabulary> vocabularies = new EnumMap<>(Side.class);
    private final Map<Side, Map<String, Set<String>>> learned = new EnumMap<>(Side.class);

    private StoryNames(AlignedStory story) {
        this.story = story;
    }

    static StoryNames of(AlignedStory story) {
        StoryNames names = new StoryNames(story);
        for (Side side : Side.values()) {
            SideWords sideWords = SideWords.of(story, side);
            names.words.put(side, sideWords);
            List<List<Word>> rowWords = new ArrayList<>(story.rows().size());
            for (StoryRow row : story.rows()) {
                List<Word> all = new ArrayList<>();
                row.side(side).forEach(p -> all.addAll(sideWords.words(p)));
                rowWords.add(List.copyOf(all));
            }
            names.vocabularies.put(side, SideVocabulary.of(story.lang(side), rowWords));
        }
        for (Side side : Side.values()) {
            names.learned.put(side, LearnedNamePairs.learn(names, story, side));
        }
        return names;
    }

    /** The names in one passage. */
    List<NameMention> mentions(Side side, Passage passage) {
        return words.get(side).mentions(passage);
    }

    /** The names of one side of a row. */
    List<NameMention> mentions(StoryRow row, Side side) {
        List<NameMention> all = new ArrayList<>();
        row.side(side).forEach(p -> all.addAll(mentions(side, p)));
        return all;
    }

    /** The words of one passage. */
    List<Word> wordsOf(Side side, Passage passage) {
        return words.get(side).words(passage);
    }

    /** The words of one side of a row, in order. */
    List<Word> words(StoryRow row, Side side) {
        return vocabularies.get(side).words(row.index());
    }

    /** Whether {@code name} (on {@code side}) has a counterpart on the other side of {@code row}. */
    boolean isPresentOpposite(NameMention name, Side side, StoryRow row) {
        return matchesByForm(name, side, row) || matchesLearned(name, side, row);
    }

    /**
     * Whether {@code other} (a name on the other side of the same row) renders {@code name}:
     * a known variant, or most words of each matching a word of the other.
     */
    boolean renders(NameMention name, Side side, NameMention other) {
        if (KnownVariants.shared().isVariant(name.words(), story.lang(side), other.words(), story.lang(side.other()))) {
            return true;
        }
        return mostMatch(name.keys(), other.keys(), side) && mostMatch(other.keys(), name.keys(), side.other());
    }

    /** More than half of {@code keys} (all of one or two) match some of {@code others}. */
    private boolean mostMatch(List<String> keys, List<String> others, Side side) {
        long matched = keys.stream().filter(k -> others.stream()
                .anyMatch(o -> Cognates.similar(k, o) || learnedPartners(side, k).contains(o))).count();
        return !keys.isEmpty() && 2 * matched > keys.size();
    }

    /**
     * Whether the other side writes {@code name} in some other row of the story: a word of it
     * that is not a common word, or the whole name as a known variant.
     */
    boolean isKeptElsewhere(NameMention name, Side side, StoryRow row) {
        SideVocabulary other = vocabularies.get(side.other());
        for (String key : name.strongKeys(story.lang(side), story.lang(side.other()))) {
            if (other.hasSimilarElsewhere(key, row.index())) {
                return true;
            }
        }
        if (!KnownVariants.isSpanishEnglish(story.lang(side), story.lang(side.other()))) {
            return false;
        }
        for (int entry : KnownVariants.shared().entriesIn(name.words(), story.lang(side))) {
            if (other.hasEntryElsewhere(entry, row.index())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word on {@code side} of {@code row} is {@code key} in some spelling ({@link Cognates#similar}). */
    boolean hasSimilar(Side side, String key, StoryRow row) {
        return vocabularies.get(side).hasSimilar(key, row.index());
    }

    /** The other-side words the story pairs with {@code key} (a name word's key) on {@code side}. */
    Set<String> learnedPartners(Side side, String key) {
        return learned.get(side).getOrDefault(key, Set.of());
    }

    /** Whether a word on the other side of {@code row} is {@code name} in some spelling, or a known variant of it. */
    boolean matchesByForm(NameMention name, Side side, StoryRow row) {
        SideVocabulary vocabulary = vocabularies.get(side.other());
        for (String key : name.keys()) {
            if (vocabulary.hasSimilar(key, row.index())) {
                return true;
            }
        }
        List<Word> other = vocabulary.words(row.index());
        return KnownVariants.shared().pairedIn(name.words(), story.lang(side), other, story.lang(side.other()))
                || isAbbreviated(name, other) || isSpeltApart(name, other) || isSpeltWithoutSilentH(name, side, other);
    }

    /** "YouTube" and "You Tube": a one-word name the other side writes as two words. */
    private static boolean isSpeltApart(NameMention name, List<Word> other) {
        if (name.words().size() != 1) {
            return false;
        }
        String key = Cognates.key(name.words().get(0).folded());
        for (int i = 0; i + 1 < other.size(); i++) {
            if (other.get(i).isCapitalised() && other.get(i + 1).isCapitalised() && key.length() >= 5
                    && key.equals(Cognates.key(other.get(i).folded()) + Cognates.key(other.get(i + 1).folded()))) {
                return true;
            }
        }
        return false;
    }

    /** "Huz" and "Uz": Spanish writes a silent h before a vowel that the English name does not have. */
    private boolean isSpeltWithoutSilentH(NameMention name, Side side, List<Word> other) {
        Side spanish = story.lang(side) == Lang.SPANISH ? side : side.other();
        if (story.lang(spanish) != Lang.SPANISH || story.lang(spanish.other()) != Lang.ENGLISH) {
            return false;
        }
        for (Word w : name.words()) {
            for (Word o : other) {
                String es = spanish == side ? w.folded() : o.folded();
                String en = spanish == side ? o.folded() : w.folded();
                if (w.isCapitalised() && o.isCapitalised() && es.length() >= 3 && es.startsWith("h")
                        && "aeiou".indexOf(es.charAt(1)) >= 0 && es.substring(1).equals(en)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Fuerza Obrera" and "FO", "Union for French Democracy" and "UDF": a name of two or more
     * words whose initials the other side writes as an acronym, in any order (the acronym often
     * keeps the order of the original language: "Quebec Party" and "PQ").
     */
    private static boolean isAbbreviated(NameMention name, List<Word> other) {
        String initials = name.initials();
        if (initials.length() < 2) {
            return false;
        }
        String sorted = sortedLetters(initials);
        for (Word w : other) {
            String first = w.text().split("-")[0];
            if (first.equals(initials)
                    || (first.length() == initials.length() && w.isAllCaps() && sortedLetters(first).equals(sorted))) {
                return true;
            }
        }
        return false;
    }

    /** The letters of {@code s} in order: acronyms whose initials come in another order compare equal. */
    static String sortedLetters(String s) {
        char[] letters = s.toCharArray();
        java.util.Arrays.sort(letters);
        return new String(letters);
    }

    private boolean matchesLearned(NameMention name, Side side, StoryRow row) {
        SideVocabulary other = vocabularies.get(side.other());
        for (String key : name.keys()) {
            for (String partner : learnedPartners(side, key)) {
                if (other.hasKey(partner, row.index())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The language of one side. */
    Lang lang(Side side) {
        return story.lang(side);
    }

}
