package org.espejo.ui.compare;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.espejo.ui.MainLayout;
import org.espejo.ui.Messages;
import org.espejo.ui.UserName;
import org.espejo.workspace.AlignmentEditor;
import org.espejo.workspace.ComparisonService;
import org.espejo.workspace.ComparisonSummary;
import org.espejo.workspace.EditResult;
import org.espejo.workspace.ExportService;
import org.espejo.workspace.FindingService;
import org.espejo.workspace.InputProblem;
import org.espejo.workspace.ParagraphView;
import org.espejo.workspace.Problem;
import org.espejo.workspace.RowMarker;
import org.espejo.workspace.RowStatus;
import org.espejo.workspace.RowView;
import org.espejo.workspace.Side;
import org.espejo.workspace.Subscription;
import org.espejo.workspace.UndoState;

/**
 * One comparison side by side — Spanish on the left, English on the right, row by row — with
 * everything an editor needs to correct and confirm the alignment: merge, split, move,
 * unlink, link, confirm, re-align, undo/redo, text edits, the review queue, the overview strip
 * and keyboard shortcuts.
 */
@Route(value = "compare", layout = MainLayout.class)
public class CompareView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The order rows are listed in. */
    enum Order { DOCUMENT, RISK }

    private final ComparisonService comparisons;
    private final AlignmentEditor editor;
    private final ExportService exports;
    private final FindingService findings;
    private long id;
    private long version;
    private ComparisonSummary summary;
    private String title = "Espejo";
    private SideBySideGrid grid;
    private Minimap minimap;
    private Inspector inspector;
    private FindingsPanel findingsPanel;
    private Button findingsButton;
    private final Span facts = new Span();
    private List<RowMarker> markers = List.of();
    private List<Integer> riskOrder = List.of();
    private Order order = Order.DOCUMENT;
    private int selected = -1;
    private final Set<Integer> changed = new HashSet<>();
    private final List<Button> rowActions = new ArrayList<>();
    private Button undo;
    private Button redo;
    private Subscription checkedSubscription;

    public CompareView(ComparisonService comparisons, AlignmentEditor editor, ExportService exports,
                       FindingService findings) {
        this.comparisons = comparisons;
        this.editor = editor;
        this.exports = exports;
        this.findings = findings;
        setSizeFull();
        addClassName("espejo-compare");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        removeAll();
        summary = parameter == null ? null : comparisons.find(parameter).orElse(null);
        if (summary == null) {
            Div missing = new Div(getTranslation("compare.missing"));
            missing.setId("compare-missing");
            add(missing);
            return;
        }
        id = summary.id();
        version = editor.version(id);
        listenForChecks(UI.getCurrent());
        title = summary.name() + " · Espejo";
        build();
        reload(-1);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs(SENTENCE_HOVER);
        if (summary != null && checkedSubscription == null) {
            listenForChecks(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening();
        super.onDetach(event);
    }

    /** Long comparisons are checked in the background after a correction; show the findings when they arrive. */
    private void listenForChecks(UI ui) {
        stopListening();
        long listened = id;
        checkedSubscription = findings.onChecked(listened, () -> ui.access(() -> {
            if (id == listened && summary != null) {
                refreshFindings();
            }
        }));
    }

    private void stopListening() {
        if (checkedSubscription != null) {
            checkedSubscription.cancel();
            checkedSubscription = null;
        }
    }

    private void build() {
        H2 heading = new H2(summary.name());
        heading.setId("compare-title");
        facts.setId("compare-facts");
        facts.addClassName("espejo-facts");

        grid = new SideBySideGrid(summary);
        grid.setRows(query -> fetch(query.getOffset(), query.getLimit()).stream(), query -> markers.size());
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::showSelected, () -> {
            selected = -1;
            inspector.showNothing();
            updateActions();
        }));
        minimap = new Minimap(getTranslation("compare.minimap"), this::jumpTo);
        inspector = new Inspector(this::editText);
        findingsPanel = new FindingsPanel(id, findings, comparisons, this::jumpTo, () -> reload(selected));
        findingsPanel.setVisible(false);

        HorizontalLayout body = new HorizontalLayout(grid, minimap, inspector, findingsPanel);
        body.addClassName("espejo-compare-body");
        body.setSizeFull();
        body.setSpacing(false);
        body.expand(grid);

        add(heading, facts, toolbar(), body);
        expand(body);
        registerShortcuts();
    }

    private HorizontalLayout toolbar() {
        Button previous = action("compare-previous", VaadinIcon.ARROW_UP, "action.previous", "K", this::previousToReview);
        Button next = action("compare-next", VaadinIcon.ARROW_DOWN, "action.next", "J", this::nextToReview);
        Button confirm = rowAction("compare-confirm", VaadinIcon.CHECK, "action.confirm", "C", this::toggleConfirm);
        Button merge = rowAction("compare-merge", VaadinIcon.COMPRESS_SQUARE, "action.merge", "M", this::merge);
        Button split = rowAction("compare-split", VaadinIcon.SPLIT_V, "action.split", "S", this::split);
        undo = iconAction("compare-undo", VaadinIcon.ROTATE_LEFT, "action.undo", "Ctrl+Z", this::undo);
        redo = iconAction("compare-redo", VaadinIcon.ROTATE_RIGHT, "action.redo", "Ctrl+Y", this::redo);
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);

        MenuBar more = new MenuBar();
        more.setId("compare-more");
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        SubMenu menu = more.addItem(getTranslation("action.more")).getSubMenu();
        menuItem(menu, "compare-move-left-up", "action.move.left.up", () -> move(Side.LEFT, true));
        menuItem(menu, "compare-move-left-down", "action.move.left.down", () -> move(Side.LEFT, false));
        menuItem(menu, "compare-move-right-up", "action.move.right.up", () -> move(Side.RIGHT, true));
        menuItem(menu, "compare-move-right-down", "action.move.right.down", () -> move(Side.RIGHT, false));
        menuItem(menu, "compare-unlink", "action.unlink", this::unlink);
        menuItem(menu, "compare-link", "action.link", this::link);
        menuItem(menu, "compare-edit", "action.edit", this::editSelected);

        Select<Integer> threshold = new Select<>();
        threshold.setId("compare-threshold");
        threshold.setItems(95, 90, 80, 70, 50);
        threshold.setValue(90);
        threshold.setItemLabelGenerator(v -> "≥ " + v + " %");
        threshold.setWidth("7em");
        threshold.setAriaLabel(getTranslation("action.confirm.above"));
        Button confirmAbove = action("compare-confirm-above", VaadinIcon.CHECK_SQUARE_O, "action.confirm.above", null,
                () -> edit(v -> editor.confirmAbove(id, v, threshold.getValue() / 100.0, user()), selected));
        Button realign = action("compare-realign", VaadinIcon.REFRESH, "action.realign", null, this::realign);

        Select<Order> orderSelect = new Select<>();
        orderSelect.setId("compare-order");
        orderSelect.setItems(Order.values());
        orderSelect.setValue(Order.DOCUMENT);
        orderSelect.setItemLabelGenerator(o -> getTranslation("order." + o.name()));
        orderSelect.setAriaLabel(getTranslation("order.label"));
        orderSelect.addValueChangeListener(e -> {
            order = e.getValue();
            reload(selected);
        });
        Button export = action("compare-export", VaadinIcon.DOWNLOAD_ALT, "export.button", null,
                () -> new ExportDialog(summary, exports).open());
        findingsButton = action("compare-findings", VaadinIcon.FLAG_O, "findings.button", "F", this::toggleFindings);
        Button help = iconAction("compare-help", VaadinIcon.KEYBOARD_O, "keys.title", "?", () -> new ShortcutsDialog().open());

        HorizontalLayout bar = new HorizontalLayout(previous, next, confirm, merge, split, more, undo, redo,
                threshold, confirmAbove, realign, orderSelect, findingsButton, export, help);
        bar.setId("compare-toolbar");
        bar.addClassName("espejo-toolbar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        return bar;
    }

    private Button action(String id, VaadinIcon icon, String key, String shortcut, Runnable run) {
        Button b = new Button(getTranslation(key), icon.create(), e -> run.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setTooltipText(shortcut == null ? getTranslation(key) : getTranslation(key) + " (" + shortcut + ")");
        return b;
    }

    private Button iconAction(String id, VaadinIcon icon, String key, String shortcut, Runnable run) {
        Button b = action(id, icon, key, shortcut, run);
        b.setText(null);
        b.setAriaLabel(getTranslation(key));
        b.addThemeVariants(ButtonVariant.LUMO_ICON);
        return b;
    }

    private Button rowAction(String id, VaadinIcon icon, String key, String shortcut, Runnable run) {
        Button b = action(id, icon, key, shortcut, run);
        rowActions.add(b);
        return b;
    }

    private void menuItem(SubMenu menu, String id, String key, Runnable run) {
        MenuItem item = menu.addItem(getTranslation(key), e -> run.run());
        item.setId(id);
    }

    private void registerShortcuts() {
        shortcut(this::nextToReview, Key.KEY_J);
        shortcut(this::previousToReview, Key.KEY_K);
        shortcut(this::toggleConfirm, Key.KEY_C);
        shortcut(this::merge, Key.KEY_M);
        shortcut(this::split, Key.KEY_S);
        shortcut(this::unlink, Key.KEY_U);
        shortcut(this::link, Key.KEY_L);
        shortcut(this::editSelected, Key.KEY_E);
        shortcut(this::toggleFindings, Key.KEY_F);
        shortcut(() -> new ShortcutsDialog().open(), Key.of("?"));
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.CONTROL).listenOn(this);
        Shortcuts.addShortcutListener(this, this::undo, Key.KEY_Z, KeyModifier.META).listenOn(this);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Y, KeyModifier.CONTROL).listenOn(this);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT).listenOn(this);
        Shortcuts.addShortcutListener(this, this::redo, Key.KEY_Z, KeyModifier.META, KeyModifier.SHIFT).listenOn(this);
    }

    private void shortcut(Runnable run, Key key) {
        Shortcuts.addShortcutListener(this, run::run, key).listenOn(this);
    }

    // ---- data

    private List<RowView> fetch(int offset, int limit) {
        if (order == Order.DOCUMENT) {
            return comparisons.rows(id, offset, limit);
        }
        int end = Math.min(riskOrder.size(), offset + limit);
        return offset >= end ? List.of() : comparisons.rowsAt(id, riskOrder.subList(offset, end));
    }

    private void reload(int select) {
        markers = comparisons.markers(id);
        riskOrder = riskiestFirst(markers);
        summary = comparisons.find(id).orElse(summary);
        facts.setText(getTranslation("compare.facts", summary.leftFile(), summary.leftParagraphs(),
                summary.rightFile(), summary.rightParagraphs(), summary.rows(), summary.reviewedPercent()));
        grid.markChanged(changed);
        showFindingCounts();
        grid.getDataProvider().refreshAll();
        minimap.show(markers);
        UndoState state = editor.undoState(id);
        undo.setEnabled(state.canUndo());
        redo.setEnabled(state.canRedo());
        if (select >= 0 && select < markers.size()) {
            selectPosition(select);
        } else {
            grid.deselectAll();
            selected = -1;
            inspector.showNothing();
            minimap.showSelected(-1);
        }
        updateActions();
    }

    /** Row positions ordered for review: riskiest first, then in document order. */
    private static List<Integer> riskiestFirst(List<RowMarker> markers) {
        return markers.stream()
                .sorted(Comparator.comparingDouble(RowMarker::risk).reversed().thenComparingInt(RowMarker::position))
                .map(RowMarker::position)
                .toList();
    }

    /** The findings' marks in the grid, the overview strip, the toolbar and the findings panel. */
    private void showFindingCounts() {
        List<RowMarker> current = markers;
        grid.markFindings(p -> p >= 0 && p < current.size() ? current.get(p).findings() : 0);
        findingsButton.setText(findings.isChecking(id) ? getTranslation("findings.button.checking")
                : getTranslation("findings.button.count", summary.openFindings()));
        if (findingsPanel.isVisible()) {
            findingsPanel.refresh();
        }
    }

    /** New findings arrived from a background check: show them without moving the user's place. */
    private void refreshFindings() {
        List<RowMarker> fresh = comparisons.markers(id);
        if (fresh.size() != markers.size()) {
            return;
        }
        markers = fresh;
        riskOrder = riskiestFirst(markers);
        summary = comparisons.find(id).orElse(summary);
        showFindingCounts();
        minimap.show(markers);
        minimap.showSelected(selected);
        grid.getDataProvider().refreshAll();
    }

    private void selectPosition(int position) {
        List<RowView> rows = comparisons.rows(id, position, 1);
        if (rows.isEmpty()) {
            return;
        }
        grid.select(rows.get(0));
        grid.scrollToIndex(indexOf(position));
        showSelected(rows.get(0));
    }

    private void showSelected(RowView row) {
        selected = row.position();
        inspector.show(row, editor.history(id, row.position()), findings.openInRow(id, row.position(), getLocale()));
        minimap.showSelected(row.position());
        updateActions();
    }

    private int indexOf(int position) {
        return order == Order.DOCUMENT ? position : Math.max(0, riskOrder.indexOf(position));
    }

    private void updateActions() {
        rowActions.forEach(b -> b.setEnabled(selected >= 0));
    }

    private Optional<RowView> selectedRow() {
        if (selected < 0) {
            Messages.error(getTranslation("compare.select.first"));
            return Optional.empty();
        }
        return comparisons.rows(id, selected, 1).stream().findFirst();
    }

    private void jumpTo(int position) {
        selectPosition(position);
    }

    /** Shows the findings in place of the row details, or the row details again. */
    private void toggleFindings() {
        boolean show = !findingsPanel.isVisible();
        findingsPanel.setVisible(show);
        inspector.setVisible(!show);
        if (show) {
            findingsPanel.refresh();
        }
    }

    private void nextToReview() {
        step(true);
    }

    private void previousToReview() {
        step(false);
    }

    private void step(boolean forward) {
        List<Integer> sequence = order == Order.DOCUMENT ? markers.stream().map(RowMarker::position).toList() : riskOrder;
        int from = selected < 0 ? (forward ? -1 : sequence.size()) : sequence.indexOf(selected);
        for (int i = from + (forward ? 1 : -1); i >= 0 && i < sequence.size(); i += forward ? 1 : -1) {
            if (markers.get(sequence.get(i)).needsReview()) {
                selectPosition(sequence.get(i));
                return;
            }
        }
        Messages.success(getTranslation(forward ? "compare.review.end" : "compare.review.start"));
    }

    // ---- corrections

    private void toggleConfirm() {
        selectedRow().ifPresent(row -> edit(v -> editor.confirm(id, v, row.position(),
                row.status() != RowStatus.CONFIRMED, user()), row.position()));
    }

    private void merge() {
        selectedRow().ifPresent(row -> {
            if (row.position() + 1 >= markers.size()) {
                Messages.error(getTranslation("compare.merge.last"));
                return;
            }
            edit(v -> editor.merge(id, v, row.position(), user()), row.position());
        });
    }

    private void split() {
        selectedRow().ifPresent(row -> {
            if (row.left().size() + row.right().size() < 2) {
                Messages.error(getTranslation("compare.split.single"));
                return;
            }
            new SplitDialog(row, (left, right) ->
                    edit(v -> editor.split(id, v, row.position(), left, right, user()), row.position())).open();
        });
    }

    private void move(Side side, boolean up) {
        selectedRow().ifPresent(row -> {
            List<ParagraphView> paragraphs = side == Side.LEFT ? row.left() : row.right();
            boolean possible = !paragraphs.isEmpty() && (up ? row.position() > 0 : row.position() + 1 < markers.size());
            if (!possible) {
                Messages.error(getTranslation("compare.move.impossible"));
                return;
            }
            int target = up ? row.position() - 1 : row.position();
            edit(v -> up ? editor.moveUp(id, v, row.position(), side, user())
                    : editor.moveDown(id, v, row.position(), side, user()), target);
        });
    }

    private void unlink() {
        selectedRow().ifPresent(row -> {
            if (row.isGap()) {
                Messages.error(getTranslation("compare.unlink.gap"));
                return;
            }
            edit(v -> editor.unlink(id, v, row.position(), user()), row.position());
        });
    }

    private void link() {
        selectedRow().ifPresent(row -> {
            Optional<RowMarker> next = row.position() + 1 < markers.size()
                    ? Optional.of(markers.get(row.position() + 1)) : Optional.empty();
            if (!row.isGap() || next.isEmpty() || !next.get().gap()) {
                Messages.error(getTranslation("compare.link.impossible"));
                return;
            }
            edit(v -> editor.link(id, v, row.position(), user()), row.position());
        });
    }

    private void realign() {
        edit(v -> editor.realign(id, v, user()), selected, true);
    }

    private void undo() {
        if (editor.undoState(id).canUndo()) {
            edit(v -> editor.undo(id, v, user()), selected);
        }
    }

    private void redo() {
        if (editor.undoState(id).canRedo()) {
            edit(v -> editor.redo(id, v, user()), selected);
        }
    }

    private void editSelected() {
        selectedRow().ifPresent(row -> {
            if (!row.right().isEmpty()) {
                editText(Side.RIGHT, row.right().get(0));
            } else if (!row.left().isEmpty()) {
                editText(Side.LEFT, row.left().get(0));
            }
        });
    }

    private void editText(Side side, ParagraphView paragraph) {
        String heading = getTranslation(side == Side.LEFT ? "inspector.edit.left" : "inspector.edit.right",
                paragraph.index() + 1);
        int position = selected;
        new EditTextDialog(heading, paragraph, text ->
                edit(v -> editor.editText(id, v, side, paragraph.index(), text, user()), position)).open();
    }

    private void edit(LongFunction<EditResult> change, int select) {
        edit(change, select, false);
    }

    private void edit(LongFunction<EditResult> change, int select, boolean showChanges) {
        try {
            EditResult result = change.apply(version);
            version = result.version();
            changed.clear();
            if (showChanges) {
                for (int p = result.from(); p < result.from() + result.rows(); p++) {
                    changed.add(p);
                }
                Messages.success(result.changedRows() == 0 ? getTranslation("compare.realign.none")
                        : getTranslation("compare.realign.done", result.changedRows(), result.from() + 1,
                        result.from() + result.rows()));
            }
            reload(showChanges && result.rows() > 0 ? result.from() : Math.min(select, result.rowCount() - 1));
        } catch (InputProblem problem) {
            Messages.error(Messages.explain(problem));
            if (problem.problem() == Problem.STALE_EDIT) {
                version = editor.version(id);
                changed.clear();
                reload(selected);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            Messages.error(getTranslation("compare.edit.impossible"));
        }
    }

    private String user() {
        return UserName.current();
    }

    /**
     * Pointing at (or focusing) a sentence highlights it and its counterpart on the other side of
     * the same row. One document-level listener, installed once per page.
     */
    private static final String SENTENCE_HOVER = """
            if (!window.espejoSentenceHover) {
              window.espejoSentenceHover = true;
              const mark = (target) => {
                document.querySelectorAll('.espejo-side .s.linked').forEach(x => x.classList.remove('linked'));
                const s = target && target.closest ? target.closest('.espejo-side .s') : null;
                if (!s || s.dataset.k === '-1') { return; }
                const side = s.closest('.espejo-side');
                document.querySelectorAll('.espejo-side[data-row="' + side.dataset.row + '"] .s[data-k="'
                    + s.dataset.k + '"]').forEach(x => x.classList.add('linked'));
              };
              document.addEventListener('mouseover', e => mark(e.target));
              document.addEventListener('click', e => mark(e.target));
            }
            """;
}
