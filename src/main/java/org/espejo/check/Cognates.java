package org.espejo.check;

/**
 * Whether two folded words are the same name or cognates across Spanish and English:
 * {@code michoacan}/{@code michoacan}, {@code moscu}/{@code moscow}, {@code hungria}/{@code hungary},
 * {@code japones}/{@code japanese}. Stateless.
 */
final class Cognates {

    private Cognates() {
    }

    /** A folded word as a comparison key: no hyphens, apostrophes or possessive {@code 's}. */
    static String key(String folded) {
        return possessiveFree(folded).replace("-", "").replace("'", "").replace("’", "");
    }

    /** The word without an English possessive {@code 's}. */
    static String possessiveFree(String folded) {
        if (folded.endsWith("'s") || folded.endsWith("’s")) {
            return folded.substring(0, folded.length() - 2);
        }
        if (folded.endsWith("s'") || folded.endsWith("s’")) {
            return folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return similar(a, skeleton(a), b, skeleton(b));
    }

    /** {@link #similar(String, String)} with both {@link #skeleton}s already known. */
    static boolean similar(String a, String sa, String b, String sb) {
        if (a.equals(b)) {
            return true;
        }
        if (sameAsDemonym(a, sb) || sameAsDemonym(b, sa)) {
            return true;
        }
        if (sa.length() >= 3 && sb.length() >= 3
                && (sa.equals(sb) || (Math.min(sa.length(), sb.length()) >= 4 && distance(sa, sb, 1) <= 1))) {
            return true;
        }
        int min = Math.min(a.length(), b.length());
        if (min < 4) {
            return false;
        }
        int prefix = Math.max(commonPrefix(a, b), commonPrefix(sa, sb));
        if (prefix >= 4 && prefix >= 0.5 * min) {
            return true;
        }
        if (min >= 5 && (a.endsWith(b) || b.endsWith(a))) {
            return true;
        }
        int max = Math.max(a.length(), b.length());
        int allowed = allowedEdits(max);
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b, allowed) <= allowed;
    }

    /** "kenyan" and "Kenia", "haitian" and "Haití": an English nationality adjective of a place name. */
    private static boolean sameAsDemonym(String word, String placeSkeleton) {
        for (String suffix : new String[] {"ian", "an", "n"}) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)
                    && skeleton(word.substring(0, word.length() - suffix.length())).equals(placeSkeleton)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rough spelling skeleton that Spanish and English forms of a name share: {@code ph} as
     * {@code f}, no {@code h}, {@code k} and {@code q} as {@code c}, {@code y} as {@code i},
     * {@code z} as {@code s}, no doubled letters, no Spanish prothetic {@code e} before
     * {@code s}+consonant, and no inflection at the end ({@code -s}, {@code -us}, final vowels).
     * {@code eslovacos} and {@code slovaks} → {@code slovac}; {@code Rufo} and {@code Rufus} →
     * {@code ruf}; {@code Thamar} and {@code Tamar} → {@code tamar}.
     */
    static String skeleton(String folded) {
        String s = folded.replace("ph", "f").replace("h", "").replace('k', 'c').replace('q', 'c')
                .replace('y', 'i').replace('z', 's').replace('w', 'v');
        if (s.length() > 4 && s.charAt(0) == 'e' && s.charAt(1) == 's' && !isVowel(s.charAt(2))) {
            s = s.substring(1);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                sb.append(s.charAt(i));
            }
        }
        int end = sb.length();
        if (end > 3 && sb.charAt(end - 1) == 's') {
            end--;
        }
        if (end > 3 && sb.charAt(end - 1) == 'u') {
            end--;
        }
        while (end > 3 && isVowel(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** Edits two words may differ by when the longer has {@code maxLength} letters (three in ten). */
    static int allowedEdits(int maxLength) {
        return (int) Math.floor(0.3 * maxLength);
    }

    /** How many letters two words share at their start. */
    static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
