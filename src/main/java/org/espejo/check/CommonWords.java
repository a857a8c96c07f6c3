package org.espejo.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.espejo.text.Lang;

/**
 * Common words of Spanish and English, folded: a capitalised common word ("Gobierno",
 * "Court") is not reported as a missing name. The lists are derived from the public-domain Don
 * Quijote and its Ormsby translation ({@code common-words-*.txt}, see
 * {@code CommonWordsGenerator} in the tests), plus the institutional and modern words that
 * news capitalises and a 400-year-old novel lacks. Immutable and thread-safe.
 */
final class CommonWords {

    private static final List<String> MODERN_SPANISH = List.of("policía", "fiscalía", "ayuntamiento", "ejército",
            "tribunal", "parlamento", "ministerio", "presidencia", "comisión", "universidad", "partido", "bolsa",
            "banco", "hospital", "televisión", "internet", "gobierno", "congreso", "senado", "consejo", "literaria",
            "economía", "gobernador", "agencia", "empresa", "compañía", "fundación", "instituto", "dirección",
            "secretaría", "departamento", "oficina", "asamblea", "cámara", "liga", "copa", "campeonato", "campeón", "nacional",
            "internacional", "federal", "europeo", "europea", "mundial", "central", "general", "público", "pública",
            "social", "democrático", "democrática", "popular", "socialista", "comunista", "liberal", "conservador",
            // words of ministries and agencies, which translations translate with the institution
            "organismo", "organización", "energía", "atómico", "atómica", "nuclear", "finanzas", "hacienda",
            "tráfico", "transporte", "sanidad", "defensa", "comercio", "industria", "exteriores");
    private static final List<String> MODERN_ENGLISH = List.of("government", "ministry", "parliament", "police",
            "attorney", "prosecutor", "court", "army", "council", "commission", "university", "party", "bank",
            "hospital", "television", "internet", "congress", "senate", "agency", "company", "foundation",
            "institute", "department", "office", "assembly", "chamber", "league", "cup", "championship",
            "directorate", "secretary", "economy", "federal", "national", "international", "state", "city",
            "republic", "democrats", "republicans", "conservatives", "socialists",
            // words of ministries and agencies, which translations translate with the institution
            "treasury", "finance", "energy", "atomic", "nuclear", "transport", "transportation", "health",
            "defence", "defense", "trade", "industry",
            // compass words of region names ("South American"), party nicknames translated as words
            "north", "south", "east", "west", "tory", "tories");

    private static final Set<String> SPANISH = load("common-words-es.txt", MODERN_SPANISH);
    private static final Set<String> ENGLISH = load("common-words-en.txt", MODERN_ENGLISH);
    private static final Set<String> SPANISH_SKELETONS = skeletons(SPANISH);
    private static final Set<String> ENGLISH_SKELETONS = skeletons(ENGLISH);

    private CommonWords() {
    }

    /**
     * Whether {@code word} (in lower case, accents kept: "tomas" is a verb, "tomás" a name) is
     * a common word of {@code lang}, or the regular plural of one (never for other languages).
     */
    static boolean isCommon(String word, Lang lang) {
        String folded = word;
        Set<String> words = switch (lang) {
            case SPANISH -> SPANISH;
            case ENGLISH -> ENGLISH;
            default -> Set.of();
        };
        if (words.contains(folded)) {
            return true;
        }
        int n = folded.length();
        if (n <= 4) {
            return false;
        }
        if ((folded.endsWith("s") && words.contains(folded.substring(0, n - 1)))
                || (folded.endsWith("es") && words.contains(folded.substring(0, n - 2)))) {
            return true;
        }
        return lang == Lang.SPANISH && folded.endsWith("es") && words.contains(stressed(folded.substring(0, n - 2)));
    }

    /**
     * A Spanish singular whose plural drops its written accent ("campeones" → "campeón",
     * "naciones" → "nación"): the stem with its last vowel accented.
     */
    private static String stressed(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            int vowel = "aeiou".indexOf(stem.charAt(i));
            if (vowel >= 0) {
                return stem.substring(0, i) + "áéíóú".charAt(vowel) + stem.substring(i + 1);
            }
        }
        return stem;
    }

    /**
     * Whether {@code folded} looks like a common word of {@code lang} written the way another
     * language would ("Exteriores" and English "exterior"), by spelling skeleton.
     */
    static boolean hasCommonCognate(String folded, Lang lang) {
        String skeleton = Cognates.skeleton(folded);
        return skeleton.length() >= 4 && switch (lang) {
            case SPANISH -> SPANISH_SKELETONS.contains(skeleton);
            case ENGLISH -> ENGLISH_SKELETONS.contains(skeleton);
            default -> false;
        };
    }

    private static Set<String> skeletons(Set<String> words) {
        Set<String> skeletons = new HashSet<>();
        words.forEach(w -> skeletons.add(Cognates.skeleton(org.espejo.text.Folding.fold(w))));
        return Set.copyOf(skeletons);
    }

    private static Set<String> load(String resource, List<String> extra) {
        Set<String> words = new HashSet<>(extra);
        try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
