package org.espejo.ui.compare;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import org.espejo.ui.MainLayout;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.ComparisonSummary;

/** One comparison side by side: Spanish on the left, English on the right, row by row. */
@Route(value = "compare", layout = MainLayout.class)
public class CompareView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ComparisonService comparisons;
    private String title = "Espejo";

    public CompareView(ComparisonService comparisons) {
        this.comparisons = comparisons;
        setSizeFull();
        addClassName("espejo-compare");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ComparisonSummary summary = id == null ? null : comparisons.find(id).orElse(null);
        if (summary == null) {
            Div missing = new Div(getTranslation("compare.missing"));
            missing.setId("compare-missing");
            add(missing);
            return;
        }
        title = summary.name() + " · Espejo";
        H2 heading = new H2(summary.name());
        heading.setId("compare-title");
        Span facts = new Span(getTranslation("compare.facts", summary.leftFile(), summary.leftParagraphs(),
                summary.rightFile(), summary.rightParagraphs(), summary.rows()));
        facts.setId("compare-facts");
        facts.addClassName("espejo-facts");
        SideBySideGrid grid = new SideBySideGrid(summary,
                query -> comparisons.rows(id, query.getOffset(), query.getLimit()).stream(),
                query -> comparisons.rowCount(id));
        add(heading, facts, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
