package org.espejo.check;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.espejo.text.Lang;

/**
 * Reads a number written with digits and separators ({@code 1.500,5}, {@code 1,500.5},
 * {@code 0,75}) as the values it can mean. Spanish accepts both conventions (Spain writes
 * {@code 1.500,5}, Mexico {@code 1,500.5}: {@code 1.500} is 1500, {@code 1,500} 1500 or 1.5);
 * English reads {@code ,} as a thousands separator and {@code .} as the decimal point only, so
 * {@code 1.500} in an English text is 1.5 strictly and 1500 only loosely.
 */
final class NumberValues {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,])\\d{3}(?:\\1\\d{3})*");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
    private static final Pattern MIXED = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})+(?!\\1)[.,]\\d+");

    private NumberValues() {
    }

    /** The values read by {@code lang}'s conventions; empty when it cannot write it so. */
    static Set<String> strict(String surface, Lang lang) {
        Set<String> values = new LinkedHashSet<>();
        boolean english = lang == Lang.ENGLISH;
        if (surface.chars().allMatch(Character::isDigit)) {
            values.add(canonical(surface));
        } else if (GROUPED.matcher(surface).matches()) {
            char sep = separator(surface);
            boolean single = surface.indexOf(sep) == surface.lastIndexOf(sep);
            boolean leadingZero = surface.charAt(0) == '0';
            if (!leadingZero && (!english || sep == ',')) {
                values.add(thousands(surface));
            }
            if (single && (leadingZero || (english ? sep == '.' : sep == ','))) {
                values.add(decimal(surface));
            }
        } else if (MIXED.matcher(surface).matches()) {
            char decimalMark = surface.charAt(lastSeparator(surface));
            if (!english || decimalMark == '.') {
                values.add(mixed(surface));
            }
        } else if (DECIMAL.matcher(surface).matches()) {
            if (!english || surface.indexOf('.') >= 0) {
                values.add(decimal(surface));
            }
        }
        return values;
    }

    /** The values read by any convention. */
    static Set<String> loose(String surface) {
        Set<String> values = new LinkedHashSet<>(strict(surface, Lang.SPANISH));
        values.addAll(strict(surface, Lang.ENGLISH));
        return values;
    }

    /**
     * The value of a malformed number ({@code 6.306.2}) read as the author most likely meant
     * it: the last separator is the decimal mark, the others group thousands.
     */
    static String lenient(String surface) {
        int last = lastSeparator(surface);
        if (last < 0) {
            return canonical(surface);
        }
        String whole = surface.substring(0, last).replace(".", "").replace(",", "");
        String fraction = surface.substring(last + 1);
        return canonical((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** A value multiplied by a scale word's factor. */
    static String scaled(String canonical, long factor) {
        return new BigDecimal(canonical).multiply(BigDecimal.valueOf(factor)).stripTrailingZeros().toPlainString();
    }

    /** The canonical form of a plain decimal number: no trailing zeros, no exponent. */
    static String canonical(String plain) {
        return new BigDecimal(plain).stripTrailingZeros().toPlainString();
    }

    private static String thousands(String s) {
        return canonical(s.replace(".", "").replace(",", ""));
    }

    private static String decimal(String s) {
        return canonical(s.replace(',', '.'));
    }

    private static String mixed(String s) {
        int last = lastSeparator(s);
        String whole = s.substring(0, last).replace(".", "").replace(",", "");
        return canonical(whole + "." + s.substring(last + 1));
    }

    private static char separator(String s) {
        return s.indexOf('.') >= 0 ? '.' : ',';
    }

    private static int lastSeparator(String s) {
        return Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
    }
}
