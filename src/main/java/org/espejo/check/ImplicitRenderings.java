package org.espejo.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.espejo.text.Lang;

/**
 * Whether the other side renders a name without writing it, as translations routinely do:
 * <ul>
 *   <li>by a personal pronoun or possessive: the counterpart holds more of them than the name's
 *       own sentence ("dijo Vidal" / "she said", "acerca de Abram; y le acompañaron" / "concerning
 *       him: and they sent him away"), so one of them has nothing to translate but the name;</li>
 *   <li>by a Spanish verb without subject, for an English name that is the subject of its
 *       clause ("In 1990 Quiroga moved" / "En 1990 se cambió"): Spanish drops a subject the
 *       reader knows. When the English verb is one of speech ("Lindqvist added", "says Ana
 *       Ruiz"), the Spanish side must hold a verb of speech too: an attribution dropped
 *       with its verb is a dropped name.</li>
 * </ul>
 * Neither applies to a name next to a description of its bearer ("Nigerian general Okonkwo"):
 * a translation that keeps the description and drops the name has dropped the name. Stateless.
 */
final class ImplicitRenderings {

    /**
     * Singular pronouns and all possessives (Spanish "su" is any of his, her, its, their), but not
     * "they" and "them": English writes them where Spanish drops a plural subject or object
     * ("nos llaman" / "they call"), so they would stand in for nothing.
     */
    private static final Set<String> ENGLISH_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself", "it", "its", "itself", "their", "theirs");
    /** After these, "it" is the empty subject of the construction ("it is said", "it would seem"), not a stand-in. */
    private static final Set<String> AFTER_EMPTY_IT = Set.of("is", "was", "seems", "seemed", "appears", "appeared",
            "would", "will", "has", "had", "may", "might", "could", "should", "must", "can", "remains", "takes",
            "took");
    private static final Set<String> SPANISH_PRONOUNS = Set.of("él", "ella", "le", "lo", "su", "sus", "suyo", "suya",
            "suyos", "suyas", "consigo");
    /** After these, "lo" is the neuter article ("lo que", "lo mismo"), not a pronoun. */
    private static final Set<String> AFTER_NEUTER_LO = Set.of("que", "cual", "mismo", "más", "menos", "demás",
            "mejor", "peor", "único", "primero", "mínimo", "máximo", "suficiente", "cierto", "contrario", "general");
    /** A verb with its object pronoun attached: "hacerlo", "diciéndole", "dióles". */
    private static final Pattern SPANISH_ENCLITIC = Pattern.compile(
            "\\p{L}{2,}(?:ar|er|ir)(?:le|lo|la)|\\p{L}*(?:ándo|iéndo|yéndo)(?:se)?(?:le|lo|la)|\\p{L}*[áéíó](?:le|lo)");

    private static final Set<String> ENGLISH_SPEECH = Set.of("said", "says", "say", "adds", "added", "explains",
            "explained", "told", "tells", "asks", "asked", "writes", "wrote", "notes", "noted", "argues", "argued",
            "insists", "insisted", "warns", "warned", "continues", "continued", "concludes", "concluded", "recalls",
            "recalled", "stresses", "stressed", "confirms", "confirmed", "declares", "declared", "replies", "replied",
            "answers", "answered", "states", "stated", "comments", "commented", "believes", "thinks", "according");
    private static final Pattern SPANISH_SPEECH = Pattern.compile("(?:dij|dic|dec|añad|agreg|explic|señal|afirm|indic"
            + "|coment|asegur|declar|manifest|precis|subray|insist|advirt|adviert|recalc|destac|admit|reconoc|concluy"
            + "|apunt|opin|expres|respond|contest|pregunt|mencion|escrib|sostuv|sostien|anunci|recuerd|record|matiz"
            + "|resalt|inform|aclar|cont|cuent)(?:o|ó|ió|a|e|aba|ía|aron|ieron|an|en|ará|erá|irá|á|ado|ido|ho)"
            + "|según|escrito|dicho");
    private static final Set<String> ENGLISH_AUXILIARIES = Set.of("is", "was", "are", "were", "has", "had", "have",
            "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do");
    private static final Set<String> SPANISH_FINITE = Set.of("ha", "han", "había", "habían", "es", "son", "fue",
            "fueron", "era", "eran", "está", "están", "estaba", "estaban", "será", "serán", "sería", "puede", "pueden",
            "podrá", "debe", "deben", "tiene", "tienen", "hizo", "va", "van", "hace", "hacen", "quiere", "quiso");
    private static final Pattern SPANISH_FINITE_ENDING = Pattern.compile(
            "\\p{L}+(?:ó|aron|ieron|ará|erá|irá|arán|erán|irán|aba|aban)");
    /**
     * Words after which a name is their object, not the subject of the verb that follows it
     * ("visitors to Cuba will"); not "after", "before", "as", which also open clauses ("soon
     * after Kerviel entered").
     */
    private static final Set<String> ENGLISH_PREPOSITIONS = Set.of("in", "to", "of", "at", "from", "for", "with", "by",
            "on", "into", "onto", "about", "over", "under", "between", "against", "across", "through",
            "throughout", "near", "without", "within", "during", "including", "towards", "toward", "upon",
            "around", "behind", "beyond");

    private ImplicitRenderings() {
    }

    /**
     * Whether the other side of {@code row} renders {@code name} (on {@code side}) by a pronoun
     * or by a Spanish verb without subject.
     *
     * @param here        the text of the name's sentence (with the sentences linked with it)
     * @param counterpart the text the other side gives for it
     */
    static boolean renders(NameMention name, NameSurroundings around, Lang lang, String here, Lang otherLang,
                           String counterpart) {
        if (around.isApposition(lang)) {
            return false;
        }
        if (pronouns(counterpart, otherLang) > pronouns(here, lang)) {
            return true;
        }
        return lang == Lang.ENGLISH && otherLang == Lang.SPANISH && droppedSubject(name, around, counterpart);
    }

    /** An English subject name and a Spanish counterpart with a verb that can carry it. */
    private static boolean droppedSubject(NameMention name, NameSurroundings around, String counterpart) {
        String last = name.words().get(name.words().size() - 1).text();
        if (last.endsWith("'s") || last.endsWith("’s") || last.endsWith("'") || last.endsWith("’")) {
            return false;
        }
        String after = around.after().filter(Word::isLowerCase).map(w -> w.text().toLowerCase(Locale.ROOT)).orElse("");
        String before = around.before().filter(Word::isLowerCase).map(w -> w.text().toLowerCase(Locale.ROOT)).orElse("");
        boolean speech = ENGLISH_SPEECH.contains(after) || ENGLISH_SPEECH.contains(before)
                || (before.equals("to") && around.text().toLowerCase(Locale.ROOT).contains("according to"));
        if (speech) {
            return Words.of(counterpart).stream().anyMatch(w -> SPANISH_SPEECH.matcher(w.text().toLowerCase(Locale.ROOT)).matches());
        }
        boolean subject = (ENGLISH_AUXILIARIES.contains(after) || (after.length() > 3 && after.endsWith("ed")))
                && !ENGLISH_PREPOSITIONS.contains(before);
        return subject && Words.of(counterpart).stream().map(w -> w.text().toLowerCase(Locale.ROOT))
                .anyMatch(w -> SPANISH_FINITE.contains(w) || SPANISH_FINITE_ENDING.matcher(w).matches());
    }

    /** The personal pronouns and possessives of the third person in {@code text} that can stand for a name. */
    static int pronouns(String text, Lang lang) {
        List<String> words = Words.of(text).stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            n += switch (lang) {
                case ENGLISH -> ENGLISH_PRONOUNS.contains(w) && !(w.equals("it") && AFTER_EMPTY_IT.contains(next)) ? 1 : 0;
                case SPANISH -> (SPANISH_PRONOUNS.contains(w) && !(w.equals("lo") && AFTER_NEUTER_LO.contains(next)))
                        || SPANISH_ENCLITIC.matcher(w).matches() ? 1 : 0;
                default -> 0;
            };
        }
        return n;
    }

    /** Whether a lower-case word looks like a finite verb or a verb of speech rather than a noun. */
    static boolean looksLikeVerb(String word, Lang lang) {
        if (word.isEmpty()) {
            return false;
        }
        return switch (lang) {
            case ENGLISH -> ENGLISH_SPEECH.contains(word) || (word.length() > 3 && word.endsWith("ed"))
                    || (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us"));
            case SPANISH -> SPANISH_SPEECH.matcher(word).matches() || word.endsWith("ó");
            default -> false;
        };
    }
}
