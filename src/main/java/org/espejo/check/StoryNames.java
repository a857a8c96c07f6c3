package org.espejo.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
 * ({@code Jehová} ↔ {@code LORD}).
 */
final class StoryNames {

    private final AlignedStory story;
    private final Map<Side, SideWords> words = new EnumMap<>(Side.class);
    private final Map<Side, Map<String, Set<String>>> learned = new EnumMap<>(Side.class);

    private StoryNames(AlignedStory story) {
        this.story = story;
    }

    static StoryNames of(AlignedStory story) {
        StoryNames names = new StoryNames(story);
        for (Side side : Side.values()) {
            names.words.put(side, SideWords.of(story, side));
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
        List<Word> all = new ArrayList<>();
        row.side(side).forEach(p -> all.addAll(words.get(side).words(p)));
        return all;
    }

    /** Whether {@code name} (on {@code side}) has a counterpart on the other side of {@code row}. */
    boolean isPresentOpposite(NameMention name, Side side, StoryRow row) {
        List<Word> other = words(row, side.other());
        return matchesByForm(name, side, other) || matchesLearned(name, side, other);
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
        List<String> strong = name.strongKeys(story.lang(side), story.lang(side.other()));
        for (StoryRow other : story.rows()) {
            if (other == row || other.side(side.other()).isEmpty()) {
                continue;
            }
            List<Word> words = words(other, side.other());
            List<String> otherKeys = keys(words);
            if (strong.stream().anyMatch(k -> otherKeys.stream().anyMatch(o -> Cognates.similar(k, o)))
                    || KnownVariants.shared().pairedIn(name.words(), story.lang(side), words, story.lang(side.other()))) {
                return true;
            }
        }
        return false;
    }

    /** The other-side words the story pairs with {@code key} (a name word's key) on {@code side}. */
    Set<String> learnedPartners(Side side, String key) {
        return learned.get(side).getOrDefault(key, Set.of());
    }

    /** Whether a word of {@code other} is {@code name} in some spelling, or a known variant of it. */
    boolean matchesByForm(NameMention name, Side side, List<Word> other) {
        List<String> otherKeys = keys(other);
        for (String key : name.keys()) {
            for (String otherKey : otherKeys) {
                if (Cognates.similar(key, otherKey)) {
                    return true;
                }
            }
        }
        return KnownVariants.shared().pairedIn(name.words(), story.lang(side), other, story.lang(side.other()))
                || isAbbreviated(name, other);
    }

    /** "Fuerza Obrera" and "FO": a name of two or more words whose initials the other side writes. */
    private static boolean isAbbreviated(NameMention name, List<Word> other) {
        String initials = name.initials();
        if (initials.length() < 2) {
            return false;
        }
        for (Word w : other) {
            String first = w.text().split("-")[0];
            if (first.equals(initials)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesLearned(NameMention name, Side side, List<Word> other) {
        Set<String> otherKeys = new HashSet<>(keys(other));
        for (String key : name.keys()) {
            for (String partner : learnedPartners(side, key)) {
                if (otherKeys.contains(partner)) {
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
    /** The comparison keys of some words; a hyphenated word gives its parts too ("Russia-Ukraine"). */
    static List<String> keys(List<Word> words) {
        List<String> keys = new ArrayList<>(words.size());
        for (Word w : words) {
            String folded = Cognates.possessiveFree(w.folded());
            keys.add(Cognates.key(folded));
            if (folded.indexOf('-') > 0) {
                for (String part : folded.split("-")) {
                    if (part.length() >= 2) {
                        keys.add(part);
                    }
                }
            }
        }
        return keys;
    }

}
