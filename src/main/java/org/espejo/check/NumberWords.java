package org.espejo.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Lang;

/**
 * Numbers written as words, ordinals, fractions, scale words and month names in Spanish and
 * English, by folded form. Values are canonical strings as {@link NumberValues} writes them.
 */
final class NumberWords {

    private static final Map<String, List<String>> SPANISH = new HashMap<>();
    private static final Map<String, List<String>> ENGLISH = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final java.util.Set<String> CARDINALS = new java.util.HashSet<>();
    private static final Map<String, Integer> ENGLISH_MONTH_ABBREVIATIONS = new HashMap<>();

    static {
        words(SPANISH, "cero", "un uno una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho",
                "diecinueve", "veinte", "veintiuno veintiun veintiuna", "veintidos", "veintitres", "veinticuatro",
                "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve");
        tens(SPANISH, "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa");
        put(SPANISH, "cien ciento cientos centenar centenares", "100");
        CARDINALS.addAll(List.of("doscientos", "doscientas", "trescientos", "trescientas", "cuatrocientos",
                "cuatrocientas", "quinientos", "quinientas"));
        put(SPANISH, "doscientos doscientas", "200");
        put(SPANISH, "trescientos trescientas", "300");
        put(SPANISH, "cuatrocientos cuatrocientas", "400");
        put(SPANISH, "quinientos quinientas", "500");
        put(SPANISH, "mil miles millar millares", "1000");
        put(SPANISH, "millon millones", "1000000");
        put(SPANISH, "primero primera primer primeros primeras", "1");
        put(SPANISH, "segundo segunda", "2");
        put(SPANISH, "tercero tercera tercer", "3");
        put(SPANISH, "cuarto cuarta", "4", "0.25", "25");
        put(SPANISH, "quinto quinta", "5");
        put(SPANISH, "sexto sexta", "6");
        put(SPANISH, "septimo septima setimo", "7");
        put(SPANISH, "octavo octava", "8");
        put(SPANISH, "noveno novena", "9");
        put(SPANISH, "decimo decima decena decenas", "10");
        put(SPANISH, "undecimo undecima", "11");
        put(SPANISH, "duodecimo duodecima", "12");
        put(SPANISH, "vigesimo vigesima", "20");
        put(SPANISH, "trigesimo trigesima", "30");
        put(SPANISH, "cuadragesimo cuadragesima", "40");
        put(SPANISH, "quincuagesimo quincuagesima", "50");
        put(SPANISH, "centesimo centesima", "100");
        put(SPANISH, "milesimo milesima", "1000");
        put(SPANISH, "medio media mitad", "0.5", "50");
        put(SPANISH, "tercio tercios", "3", "33");
        put(SPANISH, "doble ambos ambas par pareja", "2");
        put(SPANISH, "triple", "3");
        put(SPANISH, "docena docenas", "12");
        put(SPANISH, "veintena", "20");
        put(SPANISH, "cuarentena", "40");

        words(ENGLISH, "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen");
        tens(ENGLISH, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
        put(ENGLISH, "a an", "1");
        put(ENGLISH, "hundred hundreds", "100");
        put(ENGLISH, "thousand thousands", "1000");
        put(ENGLISH, "million millions", "1000000");
        put(ENGLISH, "first", "1");
        put(ENGLISH, "second", "2");
        put(ENGLISH, "third thirds", "3", "33");
        put(ENGLISH, "fourth quarter quarters", "4", "0.25", "25");
        put(ENGLISH, "fifth", "5");
        put(ENGLISH, "sixth", "6");
        put(ENGLISH, "seventh", "7");
        put(ENGLISH, "eighth", "8");
        put(ENGLISH, "ninth", "9");
        put(ENGLISH, "tenth", "10");
        String[] teens = {"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"};
        for (int i = 0; i < teens.length; i++) {
            put(ENGLISH, teens[i], String.valueOf(11 + i));
        }
        String[] tensOrdinal = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth"};
        String[] decades = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
        for (int i = 0; i < tensOrdinal.length; i++) {
            put(ENGLISH, tensOrdinal[i] + " " + decades[i], String.valueOf(20 + 10 * i));
        }
        put(ENGLISH, "hundredth", "100");
        put(ENGLISH, "thousandth", "1000");
        put(ENGLISH, "half halves", "0.5", "50");
        put(ENGLISH, "both twice double pair couple", "2");
        put(ENGLISH, "triple thrice", "3");
        put(ENGLISH, "dozen dozens", "12");
        put(ENGLISH, "score", "20");

        months("enero january", "jan", 1);
        months("febrero february", "feb", 2);
        months("marzo march", "mar", 3);
        months("abril april", "apr", 4);
        months("mayo may", "", 5);
        months("junio june", "jun", 6);
        months("julio july", "jul", 7);
        months("agosto august", "aug", 8);
        months("septiembre setiembre september", "sept sep", 9);
        months("octubre october", "oct", 10);
        months("noviembre november", "nov", 11);
        months("diciembre december", "dec", 12);
    }

    private NumberWords() {
    }

    /** The values of a folded word in {@code lang} (both languages' words when unknown). */
    static List<String> values(String folded, Lang lang) {
        List<String> v = table(lang).get(folded);
        if (v == null && !lang.isKnown()) {
            v = ENGLISH.get(folded);
        }
        return v == null ? List.of() : v;
    }

    /** Whether a number word is an ordinal, fraction or collective rather than a cardinal. */
    static boolean isOrdinalOrFraction(String folded) {
        return !CARDINALS.contains(folded);
    }

    /** The month (1–12) a folded word names in {@code lang}, or 0. */
    static int month(String folded, Lang lang) {
        int month = MONTHS.getOrDefault(folded, 0);
        if (month == 0 && lang != Lang.SPANISH) {
            month = ENGLISH_MONTH_ABBREVIATIONS.getOrDefault(folded, 0);
        }
        return month;
    }

    /** The factor a scale word multiplies the number before it by, or 0 if it is none. */
    static long scale(String folded) {
        return switch (folded) {
            case "mil", "thousand", "k" -> 1_000L;
            case "millon", "millones", "million", "millions", "m", "mn", "mill" -> 1_000_000L;
            case "millardo", "millardos", "billion", "billions", "bn" -> 1_000_000_000L;
            case "billon", "billones", "trillion", "trillions", "tn" -> 1_000_000_000_000L;
            default -> 0L;
        };
    }

    static boolean isMeridiem(String folded) {
        return Set.of("pm", "p.m", "am", "a.m").contains(folded);
    }

    private static Map<String, List<String>> table(Lang lang) {
        return lang == Lang.ENGLISH ? ENGLISH : SPANISH;
    }

    private static void words(Map<String, List<String>> table, String... forms) {
        for (int i = 0; i < forms.length; i++) {
            put(table, forms[i], String.valueOf(i));
            CARDINALS.addAll(List.of(forms[i].split(" ")));
        }
    }

    private static void tens(Map<String, List<String>> table, String... forms) {
        for (int i = 0; i < forms.length; i++) {
            put(table, forms[i], String.valueOf((table == SPANISH ? 30 : 20) + 10 * i));
            CARDINALS.add(forms[i]);
        }
    }

    private static void put(Map<String, List<String>> table, String forms, String... values) {
        for (String form : forms.split(" ")) {
            table.put(form, List.of(values));
        }
    }

    private static void months(String names, String englishAbbreviations, int month) {
        for (String form : names.split(" ")) {
            MONTHS.put(form, month);
        }
        for (String form : englishAbbreviations.split(" ")) {
            if (!form.isEmpty()) {
                ENGLISH_MONTH_ABBREVIATIONS.put(form, month);
            }
        }
    }
}
