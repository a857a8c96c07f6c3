package org.espejo.check;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes findings for a terminal: per finding a header line (row, type, severity, places)
 * with the marked text of each side, and the message indented below. Rows are numbered from
 * 1, as the UI shows them. Immutable and thread-safe.
 */
public final class FindingsTextWriter {

    private static final int MAX_TEXT = 80;

    private final FindingMessages messages;

    public FindingsTextWriter(FindingMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public void write(PrintWriter out, AlignedStory story, List<Finding> findings) {
        MarkTexts texts = new MarkTexts(story);
        for (Finding f : findings) {
            out.printf(Locale.ROOT, "row %d  %s  %s%n", f.row() + 1, f.type().id(),
                    f.severity().name().toLowerCase(Locale.ROOT));
            side(out, "L", MarkTexts.places(f, Side.LEFT), texts.texts(f, Side.LEFT, MAX_TEXT));
            side(out, "R", MarkTexts.places(f, Side.RIGHT), texts.texts(f, Side.RIGHT, MAX_TEXT));
            out.println("    " + messages.message(f));
        }
        out.flush();
    }

    private static void side(PrintWriter out, String label, String places, List<String> texts) {
        if (!texts.isEmpty()) {
            out.println("    " + label + " " + places + "  " + String.join(" | ", texts.stream().map(t -> "“" + t + "”").toList()));
        }
    }
}
