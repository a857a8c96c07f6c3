package org.espejo.check;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
            field(out, "type", quote(f.type().id()), true);
            field(out, "severity", quote(f.severity().name().toLowerCase(java.util.Locale.ROOT)), true);
            field(out, "messageKey", quote(f.messageKey()), true);
            field(out, "args", array(f.args().stream().map(a -> a instanceof String s ? quote(s) : a.toString()).toList()), true);
            field(out, "message", quote(messages.message(f)), true);
            field(out, "fingerprint", quote(f.fingerprint()), true);
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
                    .append(", \"text\": ").append(quote(i < texts.size() ? texts.get(i) : "")).append('}');
        }
        return sb.append(']').toString();
    }

    private static void field(Writer out, String name, String value, boolean comma) throws IOException {
        out.write((comma ? ", " : "") + quote(name) + ": " + value);
    }

    private static String array(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
