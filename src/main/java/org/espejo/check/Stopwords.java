package org.espejo.check;

import java.util.List;
import java.util.Set;

/**
 * Function words and capitalised common words of Spanish and English that are never names,
 * folded. Names are words that are capitalised where a common word would not be; these lists
 * catch what that rule lets through (English titles, days and months; words that a short text
 * only ever uses at the start of a sentence).
 */
final class Stopwords {

    private static final Set<String> WORDS = Set.copyOf(List.of(
            // Spanish
            "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a", "ante", "bajo",
            "con", "contra", "desde", "en", "entre", "hacia", "hasta", "para", "por", "segun", "sin", "sobre",
            "tras", "durante", "mediante", "y", "e", "o", "u", "ni", "que", "quien", "quienes", "cual", "cuales",
            "como", "cuando", "donde", "cuanto", "pero", "mas", "sino", "si", "no", "se", "su", "sus", "mi", "mis",
            "tu", "tus", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "eso", "esto", "aquel",
            "aquella", "aquellos", "aquellas", "le", "les", "me", "te", "nos", "os", "yo", "el", "ella", "ellos",
            "ellas", "usted", "ustedes", "nosotros", "vosotros", "ya", "muy", "tambien", "tampoco", "tan",
            "mientras", "porque", "pues", "asi", "aunque", "ademas", "despues", "antes", "hoy", "ayer", "todo",
            "todos", "toda", "todas", "otro", "otra", "otros", "otras", "cada", "ha", "han", "hay", "fue", "era",
            "es", "son", "esta", "estan", "sera", "sr", "sra", "srta", "don", "dona", "senor", "senora",
            "presidente", "ministro", "ministra", "rey", "reina", "capitulo", "lunes", "martes", "miercoles",
            "jueves", "viernes", "sabado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
            // English
            "the", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "but",
            "if", "not", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you", "his",
            "her", "their", "our", "my", "your", "is", "are", "was", "were", "be", "been", "will", "would",
            "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "has", "have", "had",
            "there", "here", "when", "where", "while", "because", "so", "then", "than", "also", "mr", "mrs",
            "ms", "dr", "prof", "sir", "madam", "president", "minister", "prime", "secretary", "senator",
            "governor", "mayor", "king", "queen", "prince", "princess", "chairman", "chief", "general",
            "judge", "chapter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "oh", "o", "yes", "ok", "uds", "ud", "vd", "vds", "i'm", "i’m", "i'd", "i’d",
            "i've", "i’ve", "i'll", "i’ll"));

    /** Words that join the parts of a name: "Universidad de Salamanca", "Bank of America". */
    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "la", "las", "los", "y", "e", "para", "en", "of", "the", "and", "von", "van", "der", "den",
            "da", "di", "do", "dos", "du", "le", "al", "el", "bin", "ibn", "for", "on", "in", "at");

    private Stopwords() {
    }

    static boolean isStopword(String folded) {
        return WORDS.contains(folded);
    }

    static boolean isConnector(String folded) {
        return CONNECTORS.contains(folded);
    }
}
