package org.espejo.ui.compare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.espejo.check.CheckType;
import org.espejo.check.Mark;
import org.espejo.text.HtmlText;
import org.espejo.ui.Messages;
import org.espejo.ui.UserName;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.FindingService;
import org.espejo.workspace.FindingView;
import org.espejo.workspace.ParagraphView;
import org.espejo.workspace.RowView;

/**
 * What the consistency checks found in this comparison: grouped by type and filterable,
 * a click jumps to the row and shows the exact words on each side; findings can be dismissed
 * with a reason (and restored), checks switched off, the glossary edited, and the findings
 * downloaded as an HTML report or CSV.
 */
class FindingsPanel extends VerticalLayout {

    /** "All types" in the type filter. */
    private static final String ALL = "all";

    private final long id;
    private final FindingService findings;
    private final ComparisonService comparisons;
    private final IntConsumer jump;
    private final Runnable changed;
    private final Span summary = new Span();
    private final Select<String> type = new Select<>();
    private final Checkbox showDismissed = new Checkbox();
    private final Grid<FindingView> grid = new Grid<>();
    private final Div detail = new Div();
    private List<FindingView> all = List.of();

    /**
     * @param jump    selects a row of the comparison
     * @param changed called after a dismissal, a check switch or a glossary change, so the
     *                view can refresh its row markers
     */
    FindingsPanel(long id, FindingService findings, ComparisonService comparisons, IntConsumer jump, Runnable changed) {
        this.id = id;
        this.findings = findings;
        this.comparisons = comparisons;
        this.jump = jump;
        this.changed = changed;
        setId("findings-panel");
        addClassName("espejo-findings");
        setPadding(true);
        setSpacing(false);

        H3 heading = new H3(getTranslation("findings.title"));
        summary.setId("findings-summary");
        summary.addClassName("espejo-findings-summary");

        type.setId("findings-type");
        type.setAriaLabel(getTranslation("findings.type"));
        type.addValueChangeListener(e -> show());
        showDismissed.setId("findings-show-dismissed");
        showDismissed.setLabel(getTranslation("findings.show.dismissed"));
        showDismissed.addValueChangeListener(e -> show());
        HorizontalLayout filters = new HorizontalLayout(type, showDismissed);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("findings-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<FindingView>of(
                        "<div class=\"espejo-finding sev-${item.severity} ${item.state}\">"
                                + "<span class=\"espejo-finding-type\">${item.type}</span>"
                                + "<span class=\"espejo-finding-row\">${item.row}</span>"
                                + "<div class=\"espejo-finding-message\">${item.message}</div></div>")
                .withProperty("severity", f -> f.severity().name().toLowerCase(Locale.ROOT))
                .withProperty("state", f -> f.isDismissed() ? "dismissed" : "open")
                .withProperty("type", f -> findings.typeName(f.type(), getLocale())
                        + " · " + findings.severityName(f.severity(), getLocale()))
                .withProperty("row", f -> getTranslation("findings.row", f.row() + 1)
                        + (f.isDismissed() ? " · " + getTranslation("findings.dismissed") : ""))
                .withProperty("message", FindingView::message));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::select, () -> detail.removeAll()));
        grid.setMinHeight("12rem");
        grid.setWidthFull();

        detail.setId("findings-detail");
        detail.addClassName("espejo-finding-detail");

        Button checks = new Button(getTranslation("findings.checks"), VaadinIcon.COG_O.create(),
                e -> new ChecksDialog(id, findings, this::afterChange).open());
        checks.setId("findings-checks");
        checks.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button glossary = new Button(getTranslation("findings.glossary"), VaadinIcon.BOOK.create(),
                e -> new GlossaryDialog(id, findings, this::afterChange).open());
        glossary.setId("findings-glossary");
        glossary.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout tools = new HorizontalLayout(checks, glossary,
                report(FindingService.ReportFormat.HTML, "findings-report-html", "findings.report.html"),
                report(FindingService.ReportFormat.CSV, "findings-report-csv", "findings.report.csv"));
        tools.setWrap(true);
        tools.setSpacing(true);

        add(heading, summary, filters, grid, detail, tools);
        setHeightFull();
        expand(grid);
    }

    /** Reads the findings again (after an edit re-ran the checks). */
    void refresh() {
        all = findings.findings(id, getLocale());
        long open = all.stream().filter(f -> !f.isDismissed()).count();
        summary.setText(getTranslation("findings.summary", open, all.size() - open));
        Map<CheckType, Integer> counts = new EnumMap<>(CheckType.class);
        for (FindingView f : all) {
            if (!f.isDismissed()) {
                counts.merge(f.type(), 1, Integer::sum);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(ALL, getTranslation("findings.type.all", open));
        for (CheckType t : CheckType.values()) {
            labels.put(t.id(), findings.typeName(t, getLocale()) + " (" + counts.getOrDefault(t, 0) + ")");
        }
        String current = type.getValue() == null ? ALL : type.getValue();
        type.setItems(new ArrayList<>(labels.keySet()));
        type.setItemLabelGenerator(labels::get);
        type.setValue(labels.containsKey(current) ? current : ALL);
        show();
    }

    private void show() {
        String chosen = type.getValue() == null ? ALL : type.getValue();
        List<FindingView> visible = all.stream()
                .filter(f -> showDismissed.getValue() || !f.isDismissed())
                .filter(f -> ALL.equals(chosen) || f.type().id().equals(chosen))
                .sorted(Comparator.comparing(FindingView::type).thenComparingInt(FindingView::row))
                .toList();
        grid.setItems(visible);
        detail.removeAll();
    }

    private void select(FindingView finding) {
        jump.accept(finding.row());
        detail.removeAll();
        List<Integer> rows = new ArrayList<>();
        rows.add(finding.row());
        rows.addAll(finding.otherRows());
        List<RowView> views = comparisons.rowsAt(id, rows);
        Div message = new Div(finding.message());
        message.addClassName("espejo-finding-message");
        detail.add(message);
        excerpt(finding.left(), views, true).ifPresent(detail::add);
        excerpt(finding.right(), views, false).ifPresent(detail::add);
        if (!finding.otherRows().isEmpty()) {
            HorizontalLayout others = new HorizontalLayout(new Span(getTranslation("findings.also")));
            others.setWrap(true);
            for (int other : finding.otherRows()) {
                Button go = new Button(String.valueOf(other + 1), e -> jump.accept(other));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                others.add(go);
            }
            detail.add(others);
        }
        if (finding.isDismissed()) {
            FindingView.Dismissed d = finding.dismissal();
            Div why = new Div(getTranslation("findings.dismissed.by", d.author().isEmpty() ? "—" : d.author(),
                    d.reason().isEmpty() ? "—" : d.reason()));
            why.setId("findings-dismissal");
            Button restore = new Button(getTranslation("findings.restore"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
                findings.restore(id, finding.fingerprint());
                afterChange();
            });
            restore.setId("findings-restore");
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            detail.add(why, restore);
        } else {
            Button dismiss = new Button(getTranslation("findings.dismiss"), VaadinIcon.EYE_SLASH.create(),
                    e -> new DismissDialog(reason -> {
                        findings.dismiss(id, finding.fingerprint(), reason, UserName.current());
                        Messages.success(getTranslation("findings.dismissed.done"));
                        afterChange();
                    }).open());
            dismiss.setId("findings-dismiss");
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
            detail.add(dismiss);
        }
    }

    /** The paragraphs a finding points at on one side, with the exact words marked. */
    private Optional<Div> excerpt(List<Mark> marks, List<RowView> rows, boolean left) {
        if (marks.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, ParagraphView> paragraphs = new LinkedHashMap<>();
        for (RowView r : rows) {
            for (ParagraphView p : left ? r.left() : r.right()) {
                paragraphs.put(p.index(), p);
            }
        }
        StringBuilder html = new StringBuilder();
        Map<Integer, List<Mark>> byParagraph = new LinkedHashMap<>();
        for (Mark m : marks) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Integer, List<Mark>> e : byParagraph.entrySet()) {
            ParagraphView p = paragraphs.get(e.getKey());
            if (p == null) {
                continue;
            }
            html.append("<p>").append(marked(p.text(), e.getValue())).append("</p>");
        }
        if (html.isEmpty()) {
            return Optional.empty();
        }
        Div div = new Div();
        div.addClassName(left ? "espejo-finding-left" : "espejo-finding-right");
        div.getElement().setProperty("innerHTML", html.toString());
        return Optional.of(div);
    }

    /** The text with the marked spans in {@code <mark>}, everything escaped; long texts shortened around the marks. */
    static String marked(String text, List<Mark> marks) {
        List<Mark> sorted = marks.stream().sorted(Comparator.comparingInt(m -> m.span().start())).toList();
        int from = Math.max(0, sorted.get(0).span().start() - 160);
        int to = Math.min(text.length(), sorted.get(sorted.size() - 1).span().end() + 160);
        StringBuilder html = new StringBuilder(from > 0 ? "… " : "");
        int at = from;
        for (Mark m : sorted) {
            int start = Math.max(at, Math.min(m.span().start(), text.length()));
            int end = Math.max(start, Math.min(m.span().end(), text.length()));
            html.append(HtmlText.escape(text.substring(at, start)));
            html.append("<mark>").append(HtmlText.escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        html.append(HtmlText.escape(text.substring(Math.min(at, to), to))).append(to < text.length() ? " …" : "");
        return html.toString();
    }

    private Anchor report(FindingService.ReportFormat format, String elementId, String key) {
        Locale locale = getLocale();
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName("espejo-findings-" + id + "." + format.extension());
            event.setContentType(format.mediaType() + "; charset=utf-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                findings.report(id, locale, format, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        Button button = new Button(getTranslation(key), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        anchor.add(button);
        anchor.setId(elementId);
        return anchor;
    }

    private void afterChange() {
        refresh();
        changed.run();
    }
}
