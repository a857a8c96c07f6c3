package org.espejo.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the counterpart of a name holds, unaccounted for by the name's side of the row, an
 * institution named with capitalised common words or an acronym: "pabellón de la Paz y la
 * Amistad" for "Peace and Friendship Stadium", "(FO)" for "Ouvrière". Such words
 * are not names by themselves (they are common words, or all capitals), so the rule that a
 * name facing an unmatched name was rendered by it does not see them; but an institution's
 * name translated word by word, or written by its initials, is the name's rendering, not a
 * drop. A run counts when it has two or more capitalised words none of which the name's side
 * writes; an acronym when the name's side has no word of the same letters (NATO, OTAN) nor
 * a known variant of it (USA); abbreviations with dots (EE. UU.) are no acronyms. Either is accounted for when it renders another name
 * of the name's side.
 * Headlines, where every word is capitalised, say nothing. Stateless.
 */
final class CapitalisedRenderings {

    private CapitalisedRenderings() {
    }

    /** Whether the counterpart (on the other side of {@code row}) renders {@code name} by such words. */
    static boolean renders(StoryNames names, StoryRow row, Side side, NameMention name) {
        Side other = side.other();
        List<Mark> counterpart = Rows.counterpartMarks(row, side, name.mark());
        for (Passage p : row.side(other)) {
            List<Word> words = new ArrayList<>();
            for (Word w : names.wordsOf(other, p)) {
                if (counterpart.isEmpty() || counterpart.stream().anyMatch(c -> c.paragraph() == p.paragraph()
                        && w.start() >= c.span().start() && w.end() <= c.span().end())) {
                    words.add(w);
                }
            }
            if (!isHeadline(words) && (hasForeignRun(names, row, side, p, words, name)
                    || hasForeignAcronym(names, row, side, p, words, name))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more capitalised words, joined by connectors, none of them on the name's side. */
    private static boolean hasForeignRun(StoryNames names, StoryRow row, Side side, Passage p, List<Word> words,
                                         NameMention name) {
        for (List<Word> run : runs(p.text(), words)) {
            boolean matched = run.stream().anyMatch(w -> !Stopwords.isConnector(w.folded())
                    && names.hasSimilar(side, Cognates.key(w.folded()), row));
            if (!matched && !rendersAnother(names, row, side, p, run, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The runs of two or more capitalised words (not acronyms, not function words), one space
     * apart, with connectors between them: "National Federation of Nurses", "Paz y la Amistad".
     */
    private static List<List<Word>> runs(String text, List<Word> words) {
        List<List<Word>> runs = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!isCapital(words.get(i))) {
                i++;
                continue;
            }
            int last = i;
            int capitals = 1;
            int j = i + 1;
            while (j < words.size() && spaced(text, words.get(j - 1), words.get(j))) {
                Word w = words.get(j);
                if (isCapital(w)) {
                    last = j;
                    capitals++;
                } else if (!Stopwords.isConnector(w.folded()) || !w.isLowerCase()) {
                    break;
                }
                j++;
            }
            if (capitals >= 2) {
                runs.add(words.subList(i, last + 1));
            }
            i = last + 1;
        }
        return runs;
    }

    private static boolean isCapital(Word w) {
        return w.isCapitalised() && !w.isAllCaps() && !Stopwords.isStopword(Cognates.possessiveFree(w.folded()));
    }

    private static boolean spaced(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    /**
     * Whether the words render another name of the name's side in the row, or are a known
     * variant of words there ("White House" for "Casa Blanca"): then they are accounted for and
     * say nothing about this name.
     */
    private static boolean rendersAnother(StoryNames names, StoryRow row, Side side, Passage p, List<Word> run,
                                          NameMention name) {
        if (KnownVariants.shared().pairedIn(run, names.lang(side.other()), names.words(row, side), names.lang(side))) {
            return true;
        }
        Word first = run.get(0);
        Word last = run.get(run.size() - 1);
        org.espejo.text.Span span = new org.espejo.text.Span(first.start(), last.end());
        NameMention words = new NameMention(p.paragraph(), span, span.of(p.text()), run);
        for (NameMention mine : names.mentions(row, side)) {
            if (!mine.equals(name) && names.renders(mine, side, words)) {
                return true;
            }
        }
        return false;
    }

    /** An acronym of two to six capitals whose letters the name's side does not write as a word. */
    private static boolean hasForeignAcronym(StoryNames names, StoryRow row, Side side, Passage p, List<Word> words,
                                             NameMention name) {
        List<Word> mine = names.words(row, side);
        String text = p.text();
        for (Word w : words) {
            String t = w.text();
            boolean dotted = (w.start() > 0 && text.charAt(w.start() - 1) == '.')
                    || (w.end() < text.length() && text.charAt(w.end()) == '.' && w.end() + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(w.end() + 1)))
                    || (w.end() + 2 < text.length() && text.startsWith(". ", w.end())
                    && Character.isUpperCase(text.charAt(w.end() + 2)) && t.length() == 2);
            if (!dotted && t.length() >= 2 && t.length() <= 6 && w.isAllCaps() && t.chars().allMatch(Character::isLetter)
                    && !t.matches("[IVXLCDM]+") && !names.hasSimilar(side, Cognates.key(w.folded()), row)
                    && mine.stream().noneMatch(m -> m.isAllCaps() && StoryNames.sortedLetters(m.text()).equals(StoryNames.sortedLetters(t)))
                    && !rendersAnother(names, row, side, p, List.of(w), name)) {
                return true;
            }
        }
        return false;
    }

    /** At least two long words, seven in ten of them capitalised. */
    private static boolean isHeadline(List<Word> words) {
        long longWords = words.stream().filter(w -> w.text().length() >= 4).count();
        long capitalised = words.stream().filter(w -> w.text().length() >= 4 && w.isCapitalised()).count();
        return longWords >= 2 && capitalised >= 0.7 * longWords;
    }
}
