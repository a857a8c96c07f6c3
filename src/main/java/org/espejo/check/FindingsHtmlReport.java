package org.espejo.check;

import static org.espejo.text.HtmlText.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained HTML report of the findings (inline CSS, no scripts, no external links):
 * a summary per check type, then the findings grouped by type, each with its row, severity,
 * message and the marked text of both sides; dismissed findings are listed apart with their
 * reason. Every text is HTML-escaped. Immutable and thread-safe.
 */
public final class FindingsHtmlReport {

    private static final int MAX_TEXT = 400;
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
            h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
            th{background:#f4f4f4}.error{color:#b00020}.warning{color:#8a5a00}.info{color:#1a5fb4}
            .text{font-family:Georgia,serif}.dismissed{color:#777}
            """;

    private final FindingMessages messages;

    public FindingsHtmlReport(FindingMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Writes the report.
     *
     * @param title a title for the page (e.g. the comparison's name)
     */
    public void write(Writer out, String title, AlignedStory story, List<Finding> findings, Dismissals dismissals)
            throws IOException {
        MarkTexts texts = new MarkTexts(story);
        Map<CheckType, List<Finding>> open = new EnumMap<>(CheckType.class);
        List<Finding> dismissed = new ArrayList<>();
        for (Finding f : findings) {
            if (dismissals.isDismissed(f)) {
                dismissed.add(f);
            } else {
                open.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(f);
            }
        }
        out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>\n");
        out.write("<h1>" + escape(title) + "</h1>\n");
        summary(out, open, dismissed.size());
        for (Map.Entry<CheckType, List<Finding>> e : open.entrySet()) {
            out.write("<h2>" + escape(messages.typeName(e.getKey())) + " (" + e.getValue().size() + ")</h2>\n");
            table(out, e.getValue(), texts, dismissals);
        }
        if (!dismissed.isEmpty()) {
            out.write("<h2 class=\"dismissed\">" + escape(messages.text("report.dismissed")) + " (" + dismissed.size()
                    + ")</h2>\n");
            table(out, dismissed, texts, dismissals);
        }
        out.write("</body></html>\n");
        out.flush();
    }

    private void summary(Writer out, Map<CheckType, List<Finding>> open, int dismissed) throws IOException {
        out.write("<table><tr>");
        for (CheckType type : CheckType.values()) {
            out.write("<th>" + escape(messages.typeName(type)) + "</th>");
        }
        out.write("<th>" + escape(messages.text("report.dismissed")) + "</th></tr><tr>");
        for (CheckType type : CheckType.values()) {
            out.write("<td>" + open.getOrDefault(type, List.of()).size() + "</td>");
        }
        out.write("<td>" + dismissed + "</td></tr></table>\n");
    }

    private void table(Writer out, List<Finding> findings, MarkTexts texts, Dismissals dismissals) throws IOException {
        out.write("<table>\n");
        for (Finding f : findings) {
            String severity = f.severity().name().toLowerCase(java.util.Locale.ROOT);
            out.write("<tr><td>" + (f.row() + 1) + "</td><td class=\"" + severity + "\">"
                    + escape(messages.severityName(f.severity())) + "</td><td>" + escape(messages.message(f)));
            String reason = dismissals.dismissalOf(f).map(Dismissal::reason).orElse("");
            if (!reason.isEmpty()) {
                out.write("<br><span class=\"dismissed\">" + escape(reason) + "</span>");
            }
            out.write("</td><td class=\"text\">" + escape(String.join(" … ", texts.texts(f, Side.LEFT, MAX_TEXT)))
                    + "</td><td class=\"text\">" + escape(String.join(" … ", texts.texts(f, Side.RIGHT, MAX_TEXT)))
                    + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

}
