package org.espejo.text;

import java.util.regex.Pattern;

/** Roman numerals up to 3999, as chapter and book numbers are written. */
public final class RomanNumerals {

    /** A well-formed Roman numeral in capitals (the empty string matches too). */
    public static final Pattern PATTERN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private RomanNumerals() {
    }

    /** The value of a numeral that {@link #PATTERN} matches; letters other than IVXLCDM count 0. */
    public static int value(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
