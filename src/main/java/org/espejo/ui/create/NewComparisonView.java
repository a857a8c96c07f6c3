package org.espejo.ui.create;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.concurrent.atomic.AtomicBoolean;
import org.espejo.text.Lang;
import org.espejo.ui.BackgroundWork;
import org.espejo.ui.MainLayout;
import org.espejo.ui.Messages;
import org.espejo.ui.compare.CompareView;
import org.espejo.workspace.AnalyzedDocument;
import org.espejo.workspace.ArrangedPair;
import org.espejo.workspace.CancelledException;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.DocumentAnalyzer;
import org.espejo.workspace.EspejoProperties;
import org.espejo.workspace.InputProblem;
import org.espejo.workspace.Progress;

/**
 * A new comparison: two documents (uploaded or pasted, in any order), their detected
 * languages, then extraction and alignment in the background with progress and a cancel.
 */
@Route(value = "new", layout = MainLayout.class)
@PageTitle("Espejo")
public class NewComparisonView extends VerticalLayout {

    private final DocumentAnalyzer analyzer;
    private final ComparisonService comparisons;
    private final BackgroundWork background;
    private final DocumentSlot first;
    private final DocumentSlot second;
    private final TextField name = new TextField();
    private final Button compare = new Button();
    private final Div pairProblem = new Div();
    private final HorizontalLayout running = new HorizontalLayout();
    private final Span stage = new Span();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private UI ui;

    public NewComparisonView(DocumentAnalyzer analyzer, ComparisonService comparisons,
                             BackgroundWork background, EspejoProperties properties) {
        this.analyzer = analyzer;
        this.comparisons = comparisons;
        this.background = background;
        addClassName("espejo-create");
        long maxBytes = properties.ingest().maxBytes();
        first = new DocumentSlot("doc-a", getTranslation("create.first"), maxBytes,
                (file, bytes) -> analyzeFile(slot(0), file, bytes), text -> analyzeText(slot(0), text));
        second = new DocumentSlot("doc-b", getTranslation("create.second"), maxBytes,
                (file, bytes) -> analyzeFile(slot(1), file, bytes), text -> analyzeText(slot(1), text));
        first.onChange(this::updateState);
        second.onChange(this::updateState);

        FlexLayout slots = new FlexLayout(first, second);
        slots.addClassName("espejo-slots");
        slots.setWidthFull();

        name.setId("create-name");
        name.setLabel(getTranslation("create.name"));
        name.setPlaceholder(getTranslation("create.name.placeholder"));
        name.setMaxLength(300);
        name.setWidth("28em");

        compare.setText(getTranslation("create.compare"));
        compare.setIcon(VaadinIcon.SPLIT_H.create());
        compare.setId("create-compare");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setEnabled(false);
        compare.addClickListener(e -> start(false));

        pairProblem.setId("create-pair-problem");
        pairProblem.setVisible(false);

        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("16em");
        stage.setId("create-stage");
        Button cancel = new Button(getTranslation("action.cancel"), e -> cancelled.set(true));
        cancel.setId("create-cancel");
        running.add(bar, stage, cancel);
        running.setVisible(false);
        running.setAlignItems(Alignment.CENTER);

        addAttachListener(e -> ui = e.getUI());
        add(new H2(getTranslation("create.title")), new Span(getTranslation("create.intro")), slots,
                name, pairProblem, new HorizontalLayout(compare), running);
    }

    private DocumentSlot slot(int i) {
        return i == 0 ? first : second;
    }

    private void analyzeFile(DocumentSlot slot, String fileName, byte[] bytes) {
        slot.showWorking(fileName);
        background.run(ui, () -> analyzer.analyzeFile(fileName, bytes), slot::showAnalyzed,
                e -> slot.showError(describe(e)));
    }

    private void analyzeText(DocumentSlot slot, String text) {
        String label = getTranslation("create.pasted");
        slot.showWorking(label);
        background.run(ui, () -> analyzer.analyzeText(label, text), slot::showAnalyzed,
                e -> slot.showError(describe(e)));
    }

    private void updateState() {
        pairProblem.setVisible(false);
        compare.setEnabled(first.document().isPresent() && second.document().isPresent() && !running.isVisible());
    }

    private void start(boolean asGiven) {
        AnalyzedDocument a = first.document().orElseThrow();
        AnalyzedDocument b = second.document().orElseThrow();
        ArrangedPair pair;
        try {
            pair = asGiven ? comparisons.arrangeAsGiven(a, b) : comparisons.arrange(a, b);
        } catch (InputProblem problem) {
            showPairProblem(problem);
            return;
        }
        pairProblem.setVisible(false);
        cancelled.set(false);
        compare.setEnabled(false);
        running.setVisible(true);
        stage.setText(getTranslation("stage.ALIGNING"));
        String chosenName = name.getValue();
        Progress progress = new Progress() {
            @Override
            public void stage(Stage s) {
                ui.access(() -> stage.setText(getTranslation("stage." + s.name())));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        background.run(ui, () -> comparisons.create(chosenName, pair, progress),
                id -> ui.navigate(CompareView.class, id),
                e -> {
                    running.setVisible(false);
                    updateState();
                    if (e instanceof CancelledException) {
                        Messages.success(getTranslation("create.cancelled"));
                    } else {
                        Messages.error(describe(e));
                    }
                });
    }

    private void showPairProblem(InputProblem problem) {
        pairProblem.removeAll();
        Span text = new Span(VaadinIcon.WARNING.create(), new Span(" " + Messages.explain(problem)));
        text.getElement().setAttribute("role", "alert");
        Button swap = new Button(getTranslation("create.override.assign"), e -> {
            first.setLanguage(Lang.SPANISH);
            second.setLanguage(Lang.ENGLISH);
            start(true);
        });
        swap.setId("create-override");
        pairProblem.add(text, swap);
        pairProblem.addClassName("espejo-error");
        pairProblem.setVisible(true);
    }

    private String describe(RuntimeException e) {
        if (e instanceof InputProblem problem) {
            return Messages.explain(problem);
        }
        return getTranslation("problem.unexpected", e.getClass().getSimpleName());
    }
}
