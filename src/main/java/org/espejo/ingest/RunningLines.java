package org.espejo.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a PDF's running headers, footers and page numbers: lines near the top or bottom of a
 * page that, once their numbers are blanked out, recur on at least half of the pages (and on two
 * pages at least). Stateless.
 */
final class RunningLines {

    /** How many lines at each end of a page may be a header or footer. */
    static final int EDGE = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RunningLines() {
    }

    /** The keys ({@link #key(String)}) of the running lines of {@code pages}, each a page's lines in order. */
    static Set<String> find(List<List<String>> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (isAtEdge(i, lines.size())) {
                    keys.add(key(lines.get(i)));
                }
            }
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesWithKey.forEach((key, count) -> {
            if (count >= needed) {
                running.add(key);
            }
        });
        return running;
    }

    /** Whether line {@code index} of a page of {@code size} lines is near its top or bottom. */
    static boolean isAtEdge(int index, int size) {
        return index < EDGE || index >= size - EDGE;
    }

    /** The line with numbers blanked out: "Página 12" and "Página 13" share a key, as do "iv" and "7". */
    static String key(String line) {
        String key = SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (ROMAN.matcher(key).matches()) {
            return "#";
        }
        return DIGITS.matcher(key).replaceAll("#");
    }
}
