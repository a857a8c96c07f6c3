package org.espejo.ui.compare;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.List;
import org.espejo.text.ParagraphKind;
import org.espejo.workspace.ComparisonSummary;
import org.espejo.workspace.ParagraphView;
import org.espejo.workspace.RowView;

/**
 * The side-by-side grid: one row per aligned group, the left document's paragraphs in the first
 * text column and the right document's in the second, with the row's confidence. Rows load
 * lazily, so a novel scrolls as smoothly as a news story.
 */
class SideBySideGrid extends Grid<RowView> {

    SideBySideGrid(ComparisonSummary summary,
                   CallbackDataProvider.FetchCallback<RowView, Void> fetch,
                   CallbackDataProvider.CountCallback<RowView, Void> count) {
        setId("compare-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        addClassName("espejo-grid");
        addColumn(row -> row.position() + 1).setHeader("#").setWidth("4.5em").setFlexGrow(0)
                .setClassNameGenerator(row -> "espejo-pos");
        addComponentColumn(row -> side(row.left(), summary.leftLang().code(), "left"))
                .setHeader(getTranslation("lang." + summary.leftLang().code()))
                .setFlexGrow(1).setKey("left");
        addComponentColumn(row -> side(row.right(), summary.rightLang().code(), "right"))
                .setHeader(getTranslation("lang." + summary.rightLang().code()))
                .setFlexGrow(1).setKey("right");
        addComponentColumn(this::confidence).setHeader(getTranslation("compare.confidence"))
                .setWidth("8.5em").setFlexGrow(0).setKey("confidence");
        setClassNameGenerator(row -> "band-" + band(row.confidence()) + " status-" + row.status().name().toLowerCase()
                + (row.isGap() ? " gap" : ""));
        setPageSize(40);
        setItems(fetch, count);
    }

    private Component side(List<ParagraphView> paragraphs, String lang, String column) {
        Div cell = new Div();
        cell.addClassName("espejo-side");
        cell.addClassName("espejo-" + column);
        cell.getElement().setAttribute("lang", lang);
        if (paragraphs.isEmpty()) {
            Span gap = new Span(getTranslation("compare.gap." + column));
            gap.addClassName("espejo-gap");
            cell.add(gap);
            return cell;
        }
        for (ParagraphView p : paragraphs) {
            Div para = new Div(p.text());
            para.addClassName("espejo-p");
            if (p.kind() == ParagraphKind.HEADING) {
                para.addClassName("espejo-heading");
            } else if (p.kind() != ParagraphKind.BODY) {
                para.addClassName("espejo-" + p.kind().name().toLowerCase().replace('_', '-'));
            }
            cell.add(para);
        }
        return cell;
    }

    private Component confidence(RowView row) {
        int percent = (int) Math.round(row.confidence() * 100);
        String band = band(row.confidence());
        VaadinIcon icon = switch (band) {
            case "high" -> VaadinIcon.CHECK_CIRCLE;
            case "medium" -> VaadinIcon.QUESTION_CIRCLE;
            default -> VaadinIcon.WARNING;
        };
        Span badge = new Span(icon.create(), new Span(percent + " %"));
        badge.getElement().getThemeList().add("badge " + switch (band) {
            case "high" -> "success";
            case "medium" -> "contrast";
            default -> "error";
        });
        badge.getElement().setAttribute("title", getTranslation("compare.confidence." + band) + " · " + row.type());
        badge.addClassName("espejo-confidence");
        return badge;
    }

    static String band(double confidence) {
        return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
    }
}
