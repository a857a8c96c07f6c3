package org.espejo.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.espejo.ui.MainLayout;
import org.espejo.ui.Messages;
import org.espejo.ui.compare.CompareView;
import org.espejo.ui.create.NewComparisonView;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.ComparisonSummary;
import org.espejo.ui.BackgroundWork;
import org.espejo.workspace.EspejoProperties;
import org.espejo.workspace.ExampleService;
import org.espejo.workspace.ImportService;

/** The start screen: every saved comparison, newest first, with search and the built-in example. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "library", layout = MainLayout.class)
@PageTitle("Espejo")
public class LibraryView extends VerticalLayout implements BeforeEnterObserver {

    private final ComparisonService comparisons;
    private final Grid<ComparisonSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Paragraph empty = new Paragraph();

    public LibraryView(ComparisonService comparisons, ExampleService examples, ImportService imports,
                       BackgroundWork background, EspejoProperties properties) {
        this.comparisons = comparisons;
        setSizeFull();
        addClassName("espejo-library");

        Button create = new Button(getTranslation("library.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewComparisonView.class)));
        create.setId("library-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button example = new Button(getTranslation("library.example"), VaadinIcon.OPEN_BOOK.create(), e -> {
            long id = examples.openQuijote();
            getUI().ifPresent(ui -> ui.navigate(CompareView.class, id));
        });
        example.setId("library-example");

        search.setPlaceholder(getTranslation("library.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("library-search");

        ImportUpload importUpload = new ImportUpload(imports, background, properties.ingest().maxBytes(),
                id -> getUI().ifPresent(ui -> ui.navigate(CompareView.class, id)));

        HorizontalLayout toolbar = new HorizontalLayout(search, create, example, importUpload);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        empty.setText(getTranslation("library.empty"));
        empty.setId("library-empty");
        add(new H2(getTranslation("library.title")), toolbar, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void configureGrid() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("library-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ComparisonSummary::name).setHeader(getTranslation("library.name")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(s -> s.leftLang().code() + " ↔ " + s.rightLang().code())
                .setHeader(getTranslation("library.languages")).setAutoWidth(true);
        grid.addColumn(s -> s.leftParagraphs() + " / " + s.rightParagraphs())
                .setHeader(getTranslation("library.paragraphs")).setAutoWidth(true);
        grid.addColumn(ComparisonSummary::openFindings).setHeader(getTranslation("library.findings"))
                .setFlexGrow(0).setWidth("8em").setKey("findings");
        grid.addColumn(s -> s.reviewedPercent() + " %").setHeader(getTranslation("library.reviewed"))
                .setAutoWidth(true);
        grid.addColumn(s -> when.format(s.updatedAt())).setHeader(getTranslation("library.updated"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private HorizontalLayout actions(ComparisonSummary summary) {
        Button open = new Button(VaadinIcon.SPLIT_H.create(), e -> open(summary));
        open.getElement().setAttribute("aria-label", getTranslation("library.open"));
        open.getElement().setAttribute("title", getTranslation("library.open"));
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> rename(summary));
        rename.getElement().setAttribute("aria-label", getTranslation("library.rename"));
        rename.getElement().setAttribute("title", getTranslation("library.rename"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(summary));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", getTranslation("library.delete"));
        delete.getElement().setAttribute("title", getTranslation("library.delete"));
        for (Button b : new Button[] {open, rename, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(open, rename, delete);
    }

    private void open(ComparisonSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(CompareView.class, summary.id()));
    }

    private void rename(ComparisonSummary summary) {
        RenameDialog dialog = new RenameDialog(summary.name(), name -> {
            comparisons.rename(summary.id(), name);
            refresh();
        });
        dialog.open();
    }

    private void confirmDelete(ComparisonSummary summary) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("library-delete-dialog");
        dialog.setHeader(getTranslation("library.delete.title"));
        dialog.setText(getTranslation("library.delete.text", summary.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("library.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            comparisons.delete(summary.id());
            Messages.success(getTranslation("library.deleted", summary.name()));
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        var items = comparisons.list(search.getValue());
        grid.setItems(items);
        empty.setVisible(items.isEmpty() && search.isEmpty());
    }
}
