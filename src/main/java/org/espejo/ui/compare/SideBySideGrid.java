package org.espejo.ui.compare;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Set;
import java.util.function.IntPredicate;
import org.espejo.text.HtmlText;
import org.espejo.text.Lang;
import org.espejo.workspace.ComparisonSummary;
import org.espejo.workspace.RowStatus;
import org.espejo.workspace.RowView;

/**
 * The side-by-side grid: one row per aligned group, the left document's paragraphs in the first
 * text column and the right document's in the second, sentence by sentence, with the row's
 * status and confidence. Rows load lazily and render in the browser (Lit templates), so a
 * novel scrolls as smoothly as a news story.
 */
class SideBySideGrid extends Grid<RowView> {

    private final Lang leftLang;
    private final Lang rightLang;
    private IntPredicate changed = p -> false;
    private java.util.function.IntUnaryOperator findings = p -> 0;

    SideBySideGrid(ComparisonSummary summary) {
        this.leftLang = summary.leftLang();
        this.rightLang = summary.rightLang();
        setId("compare-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        addClassName("espejo-grid");
        ((GridSingleSelectionModel<RowView>) setSelectionMode(SelectionMode.SINGLE)).setDeselectAllowed(false);
        setHeightFull();

        addColumn(LitRenderer.<RowView>of(
                        "<div class=\"espejo-pos\"><span>${item.pos}</span>"
                                + "<vaadin-icon class=\"status-icon\" icon=\"${item.statusIcon}\" title=\"${item.statusLabel}\""
                                + " aria-label=\"${item.statusLabel}\"></vaadin-icon>"
                                + "${item.flags > 0 ? html`<span class=\"espejo-flag\" title=\"${item.flagLabel}\">"
                                + "<vaadin-icon icon=\"vaadin:flag\"></vaadin-icon>${item.flags}</span>` : ''}</div>")
                        .withProperty("pos", r -> r.position() + 1)
                        .withProperty("flags", r -> findings.applyAsInt(r.position()))
                        .withProperty("flagLabel", r -> getTranslation("compare.flagged", findings.applyAsInt(r.position())))
                        .withProperty("statusIcon", r -> statusIcon(r.status()))
                        .withProperty("statusLabel", r -> getTranslation("status." + r.status().name())))
                .setHeader("#").setWidth("4.5em").setFlexGrow(0).setKey("position");
        addColumn(sideRenderer(true)).setHeader(getTranslation("lang." + leftLang.code()))
                .setFlexGrow(1).setKey("left");
        addColumn(sideRenderer(false)).setHeader(getTranslation("lang." + rightLang.code()))
                .setFlexGrow(1).setKey("right");
        addColumn(LitRenderer.<RowView>of(
                        "<span class=\"espejo-confidence band-${item.band}\" title=\"${item.title}\">"
                                + "<vaadin-icon icon=\"${item.icon}\"></vaadin-icon><span>${item.label}</span></span>")
                        .withProperty("band", r -> band(r))
                        .withProperty("icon", r -> confidenceIcon(r))
                        .withProperty("label", this::confidenceLabel)
                        .withProperty("title", r -> getTranslation("compare.confidence." + bandOf(r.confidence()))
                                + " · " + r.type()))
                .setHeader(getTranslation("compare.confidence")).setWidth("9em").setFlexGrow(0).setKey("confidence");
        setPartNameGenerator(r -> "band-" + band(r) + " status-" + r.status().name().toLowerCase()
                + (r.isGap() ? " gap" : "") + (changed.test(r.position()) ? " changed" : "")
                + (findings.applyAsInt(r.position()) > 0 ? " flagged" : ""));
        setPageSize(30);
    }

    void setRows(CallbackDataProvider.FetchCallback<RowView, Void> fetch,
                 CallbackDataProvider.CountCallback<RowView, Void> count) {
        setItems(fetch, count).setIdentifierProvider(RowView::position);
    }

    /** How many open findings each row position has. */
    void markFindings(java.util.function.IntUnaryOperator findingsAt) {
        this.findings = findingsAt;
    }

    void markChanged(Set<Integer> positions) {
        Set<Integer> copy = Set.copyOf(positions);
        this.changed = copy::contains;
    }

    private LitRenderer<RowView> sideRenderer(boolean left) {
        String column = left ? "left" : "right";
        Lang lang = left ? leftLang : rightLang;
        String foreign = getTranslation("compare.foreign");
        String gap = "<span class=\"espejo-gap\">" + HtmlText.escape(getTranslation("compare.gap." + column)) + "</span>";
        return LitRenderer.<RowView>of("<div class=\"espejo-side espejo-" + column + "\" lang=\"" + lang.code()
                        + "\" data-row=\"${item.row}\" .innerHTML=${item.html}></div>")
                .withProperty("row", RowView::position)
                .withProperty("html", r -> {
                    var paragraphs = left ? r.left() : r.right();
                    return paragraphs.isEmpty() ? gap : RowHtml.side(paragraphs, r.sentences(), left, lang, foreign);
                });
    }

    private String confidenceLabel(RowView r) {
        return switch (r.status()) {
            case CONFIRMED -> getTranslation("status.CONFIRMED");
            case EDITED -> getTranslation("status.EDITED");
            case AUTOMATIC -> Math.round(r.confidence() * 100) + " %";
        };
    }

    private static String band(RowView r) {
        return r.status() == RowStatus.AUTOMATIC ? bandOf(r.confidence()) : "reviewed";
    }

    static String bandOf(double confidence) {
        return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
    }

    private static String confidenceIcon(RowView r) {
        if (r.status() == RowStatus.CONFIRMED) {
            return "vaadin:check";
        }
        if (r.status() == RowStatus.EDITED) {
            return "vaadin:pencil";
        }
        return switch (bandOf(r.confidence())) {
            case "high" -> "vaadin:check-circle-o";
            case "medium" -> "vaadin:question-circle-o";
            default -> "vaadin:warning";
        };
    }

    private static String statusIcon(RowStatus status) {
        return switch (status) {
            case CONFIRMED -> "vaadin:lock";
            case EDITED -> "vaadin:pencil";
            case AUTOMATIC -> "vaadin:automation";
        };
    }
}
