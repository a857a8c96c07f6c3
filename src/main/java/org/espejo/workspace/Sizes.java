package org.espejo.workspace;

import java.util.Locale;

/** File sizes as people read them: "50 MB", "20 kB", "812 B". */
public final class Sizes {

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return format(bytes / (1024.0 * 1024 * 1024), "GB");
        }
        if (bytes >= 1024L * 1024) {
            return format(bytes / (1024.0 * 1024), "MB");
        }
        if (bytes >= 1024) {
            return format(bytes / 1024.0, "kB");
        }
        return bytes + " B";
    }

    private static String format(double value, String unit) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value))
                + " " + unit;
    }
}
