package org.espejo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Lang;
import org.espejo.text.Span;

/**
 * The words of one side of a story and what they say about names: which words the side uses
 * in lower case, which it capitalises where a common word would not be, and from that the
 * names of each passage.
 */
final class SideWords {

    private final Map<Integer, List<Word>> byParagraph = new HashMap<>();
    private final Map<Integer, Set<Integer>> titleCaseWords = new HashMap<>();
    private final Set<String> lowerCase = new HashSet<>();
    private final Set<String> freeCapitals = new HashSet<>();
    private final Map<Integer, List<NameMention>> mentions = new HashMap<>();
    private final Lang lang;

    private SideWords(Lang lang) {
        this.lang = lang;
    }

    static SideWords of(AlignedStory story, Side side) {
        SideWords sw = new SideWords(story.lang(side));
        for (StoryRow row : story.rows()) {
            for (Passage p : row.side(side)) {
                sw.read(p);
            }
        }
        return sw;
    }

    List<Word> words(Passage p) {
        return byParagraph.getOrDefault(p.paragraph(), List.of());
    }

    List<NameMention> mentions(Passage p) {
        return mentions.computeIfAbsent(p.paragraph(), i -> findMentions(p));
    }

    private void read(Passage p) {
        List<Word> words = Words.of(p);
        byParagraph.put(p.paragraph(), words);
        Set<Integer> titled = titleCased(p, words);
        titled.addAll(verseLineOpeners(p.text(), words));
        titleCaseWords.put(p.paragraph(), titled);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.isLowerCase()) {
                lowerCase.add(w.folded());
            } else if (!w.initial() && !titled.contains(i) && !w.isAllCaps()) {
                freeCapitals.add(w.folded());
            }
        }
    }

    /** The indices of the words that sit in title-case sentences (headlines), where capitals say nothing. */
    private static Set<Integer> titleCased(Passage p, List<Word> words) {
        Set<Integer> titled = new HashSet<>();
        for (Span s : p.sentences()) {
            List<Integer> inside = new ArrayList<>();
            int longWords = 0;
            int capitalised = 0;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.start() >= s.start() && w.end() <= s.end()) {
                    inside.add(i);
                    if (w.text().length() >= 4) {
                        longWords++;
                        capitalised += w.isCapitalised() ? 1 : 0;
                    }
                }
            }
            if (longWords >= 2 && capitalised >= 0.7 * longWords) {
                titled.addAll(inside);
            }
        }
        return titled;
    }

    /**
     * The capitalised words after a comma or semicolon in a passage that capitalises the first
     * word of every verse line, old poetry run into prose ("Será Dan serpiente junto al camino,
     * Cerasta junto á la senda, Que muerde los talones"): there capitals say nothing about names.
     * A passage does so when it capitalises function words after a comma or semicolon at least
     * twice (", Y que la tierra", "; Y el que alza").
     */
    private static Set<Integer> verseLineOpeners(String text, List<Word> words) {
        Set<Integer> openers = new HashSet<>();
        int functionWords = 0;
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            String between = text.substring(words.get(i - 1).end(), w.start());
            if (w.isCapitalised() && (between.contains(",") || between.contains(";"))
                    && between.chars().noneMatch(Character::isLetterOrDigit)) {
                openers.add(i);
                functionWords += Stopwords.isStopword(w.folded()) ? 1 : 0;
            }
        }
        return functionWords >= 2 ? openers : Set.of();
    }

    private boolean isNameWord(Word w, boolean titled, String text) {
        String f = w.folded();
        if (!w.isCapitalised() || w.text().length() < 2 || Stopwords.isStopword(Cognates.possessiveFree(f)) || lowerCase.contains(f)
                || CommonWords.isCommon(NameMention.lowerCase(w), lang)
                || touchesDigit(text, w) || isArchaicVerb(f)) {
            return false;
        }
        return (!w.initial() && !titled) || freeCapitals.contains(f);
    }

    /** "Hearest", "Goeth": King James English capitalises the verb that opens a quoted speech. */
    private boolean isArchaicVerb(String folded) {
        return lang == Lang.ENGLISH && folded.length() > 5 && (folded.endsWith("eth") || folded.endsWith("est"))
                && !folded.endsWith("west") && !folded.endsWith("pest");
    }

    /** "CO2", "G20": a formula or code, not a name. */
    private static boolean touchesDigit(String text, Word w) {
        return (w.end() < text.length() && Character.isDigit(text.charAt(w.end())))
                || (w.start() > 0 && Character.isDigit(text.charAt(w.start() - 1)));
    }

    /**
     * Runs of capitalised words (joined by up to three connectors: "Centro Europeo para la
     * Prevención") that hold at least one name word; the run's other capitalised words
     * ("Estados" in "Estados Unidos", "Corte" in "Corte de Apelaciones") belong to the name.
     */
    private List<NameMention> findMentions(Passage p) {
        List<Word> words = words(p);
        String text = p.text();
        Set<Integer> titled = titleCaseWords.getOrDefault(p.paragraph(), Set.of());
        List<NameMention> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isCandidate(words.get(i), text)) {
                i++;
                continue;
            }
            int last = i;
            boolean hasName = isNameWord(words.get(i), titled.contains(i), text);
            int j = i + 1;
            while (j < words.size()) {
                int next = j;
                while (next < words.size() && next - j < 3 && Stopwords.isConnector(words.get(next).folded())
                        && adjacent(text, words.get(next - 1), words.get(next))) {
                    next++;
                }
                if (next < words.size() && isCandidate(words.get(next), text)
                        && adjacent(text, words.get(next - 1), words.get(next))) {
                    hasName |= isNameWord(words.get(next), titled.contains(next), text);
                    last = next;
                    j = next + 1;
                } else {
                    break;
                }
            }
            if (hasName) {
                Span span = new Span(words.get(i).start(), words.get(last).end());
                found.add(new NameMention(p.paragraph(), span, span.of(text), words.subList(i, last + 1)));
            }
            i = last + 1;
        }
        return found;
    }

    /** A capitalised word that may be part of a name. */
    private static boolean isCandidate(Word w, String text) {
        return w.isCapitalised() && w.text().length() >= 2 && !Stopwords.isStopword(Cognates.possessiveFree(w.folded()))
                && !touchesDigit(text, w);
    }

    /** Only a space, a hyphen, or the dot of a short abbreviation ("EE. UU.") between two words. */
    private static boolean adjacent(String text, Word a, Word b) {
        String between = text.substring(a.end(), b.start());
        boolean abbreviation = a.text().length() <= 2 && (between.equals(". ") || between.equals("."));
        return between.equals(" ") || between.equals("-") || abbreviation;
    }
}
