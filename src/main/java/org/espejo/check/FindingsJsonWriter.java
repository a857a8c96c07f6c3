package org.espejo.check;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.espejo.text.JsonStrings;
import java.util.Objects;

/**
 * Writes findings as a JSON array: for each, its row (0-based), type, severity, message key,
 * arguments, rendered message, fingerprint, other rows and the marks on each side with the
 * marked text. Immutable and thread-safe.
 */
public final class FindingsJsonWriter {

    private static final int MAX_TEXT = 300;

    private final FindingMessages messages;

    public FindingsJsonWriter(FindingMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public void write(Writer out, AlignedStory story, List<Finding> findings) throws IOException {
        MarkTexts texts = new MarkTexts(story);
        out.write("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.write(i == 0 ? "\n  {" : ",\n  {");
            field(out, "row", String.valueOf(f.row()), false);
            field(out, "type", JsonStrings.quote(f.type().id()), true);
            field(out, "severity", JsonStrings.quote(f.severity().name().toLowerCase(java.util.Locale.ROOT)), true);
            field(out, "messageKey", JsonStrings.quote(f.messageKey()), true);
            field(out, "args", array(f.args().stream().map(a -> a instanceof String s ? JsonStrings.quote(s) : a.toString()).toList()), true);
            field(out, "message", JsonStrings.quote(messages.message(f)), true);
            field(out, "fingerprint", JsonStrings.quote(f.fingerprint()), true);
            field(out, "otherRows", array(f.otherRows().stream().map(String::valueOf).toList()), true);
            field(out, "left", marks(f.left(), texts.texts(f, Side.LEFT, MAX_TEXT)), true);
            field(out, "right", marks(f.right(), texts.texts(f, Side.RIGHT, MAX_TEXT)), true);
            out.write("}");
        }
        out.write(findings.isEmpty() ? "]\n" : "\n]\n");
        out.flush();
    }

    private static String marks(List<Mark> marks, List<String> texts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"paragraph\": ").append(m.paragraph())
                    .append(", \"start\": ").append(m.span().start()).append(", \"end\": ").append(m.span().end())
                    .append(", \"text\": ").append(JsonStrings.quote(i < texts.size() ? texts.get(i) : "")).append('}');
        }
        return sb.append(']').toString();
    }

    private static void field(Writer out, String name, String value, boolean comma) throws IOException {
        out.write((comma ? ", " : "") + JsonStrings.quote(name) + ": " + value);
    }

    private static String array(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }
}
