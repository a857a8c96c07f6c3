package org.espejo.check;

import java.util.List;
import java.util.Set;
import org.espejo.text.Lang;

/**
 * The commonest function words of Spanish and English. A text in which they make up a good
 * share of the words is in that language, whatever its names make a detector say.
 */
final class FunctionWords {

    private static final Set<String> SPANISH = Set.of("de", "la", "que", "el", "en", "y", "a", "los", "las", "del",
            "se", "por", "un", "una", "con", "no", "es", "para", "su", "al", "lo", "como", "mas", "pero", "sus");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "it",
            "with", "was", "he", "his", "be", "on", "by", "are", "as", "this", "from", "they", "which", "were", "have");

    /** Share of a language's function words above which a text is taken to be in it. */
    private static final double SHARE = 0.2;

    private FunctionWords() {
    }

    /** Whether at least a fifth of the text's words are {@code lang}'s function words. */
    static boolean lookLike(String text, Lang lang) {
        Set<String> function = switch (lang) {
            case SPANISH -> SPANISH;
            case ENGLISH -> ENGLISH;
            default -> Set.of();
        };
        List<String> words = Words.folded(text);
        if (function.isEmpty() || words.isEmpty()) {
            return false;
        }
        return words.stream().filter(function::contains).count() >= SHARE * words.size();
    }
}
