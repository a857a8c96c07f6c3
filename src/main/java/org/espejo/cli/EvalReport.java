package org.espejo.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.espejo.align.LinkScore;

/** Formats the lines of the {@code eval} report. */
final class EvalReport {

    private EvalReport() {
    }

    static String header() {
        return String.format(Locale.ROOT, "%-70s %-9s %5s %6s %6s %6s  %6s %6s %6s", "dataset", "level", "docs",
                "P", "R", "F1", "P-lax", "R-lax", "F1-lax");
    }

    static void print(PrintWriter out, String name, EvalCommand.Totals totals) {
        if (totals.paragraphDatasets > 0) {
            line(out, name, "paragraph", totals.paragraphDatasets, totals.paragraph);
        }
        if (totals.sentenceDatasets > 0) {
            line(out, name, "sentence", totals.sentenceDatasets, totals.sentence);
        }
    }

    private static void line(PrintWriter out, String name, String level, int docs, LinkScore s) {
        out.println(String.format(Locale.ROOT, "%-70s %-9s %5d %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f", name, level, docs,
                s.precisionStrict(), s.recallStrict(), s.f1Strict(), s.precisionLax(), s.recallLax(), s.f1Lax()));
    }
}
