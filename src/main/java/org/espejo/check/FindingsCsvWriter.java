package org.espejo.check;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes findings as CSV (or TSV) for spreadsheets: one finding per line with its row, type,
 * severity, the places and texts it points at on each side, the message in the writer's
 * language, the fingerprint and, if dismissed, the reason. Immutable and thread-safe.
 *
 * <pre>{@code
 * FindingsCsvWriter.csv(FindingMessages.english()).write(writer, story, findings, dismissals);
 * }</pre>
 */
public final class FindingsCsvWriter {

    /** The header row. */
    public static final List<String> HEADER = List.of("row", "type", "severity", "left_places", "left_text",
            "right_places", "right_text", "message", "fingerprint", "dismissed");

    private static final int MAX_TEXT = 300;

    private final FindingMessages messages;
    private final CSVFormat format;

    private FindingsCsvWriter(FindingMessages messages, CSVFormat format) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.format = format;
    }

    /** Comma-separated, RFC 4180 quoting. */
    public static FindingsCsvWriter csv(FindingMessages messages) {
        return new FindingsCsvWriter(messages, CSVFormat.RFC4180);
    }

    /** Tab-separated; tabs and line breaks inside texts become spaces. */
    public static FindingsCsvWriter tsv(FindingMessages messages) {
        return new FindingsCsvWriter(messages, CSVFormat.TDF.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.NONE)
                .setEscape('\\').setRecordSeparator("\n").get());
    }

    /** Writes the header and one line per finding (row numbers 1-based, as the UI shows them). */
    public void write(Writer out, AlignedStory story, List<Finding> findings, Dismissals dismissals) throws IOException {
        MarkTexts texts = new MarkTexts(story);
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(HEADER);
        for (Finding f : findings) {
            printer.printRecord(f.row() + 1, f.type().id(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                    MarkTexts.places(f, Side.LEFT), clean(String.join(" | ", texts.texts(f, Side.LEFT, MAX_TEXT))),
                    MarkTexts.places(f, Side.RIGHT), clean(String.join(" | ", texts.texts(f, Side.RIGHT, MAX_TEXT))),
                    clean(messages.message(f)), f.fingerprint(),
                    dismissals.dismissalOf(f).map(d -> d.reason().isEmpty() ? "yes" : clean(d.reason())).orElse(""));
        }
        printer.flush();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
