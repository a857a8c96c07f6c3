package org.espejo.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.espejo.align.Aligner;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.FixedLink;
import org.espejo.align.Range;
import org.espejo.align.SentenceAligner;
import org.espejo.text.Lang;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrections of {@link AlignmentEditor}, each in one transaction: check the version the
 * user saw, build the replacement rows, replace, log the edit for undo.
 */
@Component
@Transactional
class EditTransactions {

    /** Rows that re-alignment keeps as they are: the ones the user confirmed. */
    private static final Set<RowStatus> FIXED = Set.of(RowStatus.CONFIRMED);
    private static final TypeReference<List<RowState>> ROWS = new TypeReference<>() { };

    private final ComparisonRepository comparisons;
    private final RowTable table;
    private final RowScorer scorer;
    private final EditRepository edits;
    private final ParagraphText paragraphText;
    private final Aligner aligner;
    private final SentenceAligner sentenceAligner;
    private final ComparisonTexts texts;
    private final JsonCodec json;
    private final EntityManager entityManager;
    private final Clock clock;

    EditTransactions(ComparisonRepository comparisons, RowTable table, RowScorer scorer, EditRepository edits,
                     ParagraphText paragraphText, Aligner aligner, SentenceAligner sentenceAligner,
                     ComparisonTexts texts, JsonCodec json, EntityManager entityManager, Clock clock) {
        this.comparisons = comparisons;
        this.table = table;
        this.scorer = scorer;
        this.edits = edits;
        this.paragraphText = paragraphText;
        this.aligner = aligner;
        this.sentenceAligner = sentenceAligner;
        this.texts = texts;
        this.json = json;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return find(id).version;
    }

    EditResult merge(long id, long version, int position, String author) {
        Comparison c = open(id, version);
        List<RowState> before = rows(id, position, 2);
        RowState a = before.get(0);
        RowState b = before.get(1);
        RowState merged = edited(a.leftStart(), b.leftEnd(), a.rightStart(), b.rightEnd());
        return commit(c, version, EditKind.MERGE, position, before, scorer.complete(c, List.of(merged)), author);
    }

    EditResult split(long id, long version, int position, int leftKeep, int rightKeep, String author) {
        Comparison c = open(id, version);
        List<RowState> before = rows(id, position, 1);
        RowState r = before.get(0);
        int left = r.leftEnd() - r.leftStart();
        int right = r.rightEnd() - r.rightStart();
        if (leftKeep < 0 || leftKeep > left || rightKeep < 0 || rightKeep > right
                || leftKeep + rightKeep == 0 || leftKeep + rightKeep == left + right) {
            throw new IllegalArgumentException("a split must leave paragraphs in both rows");
        }
        int leftCut = r.leftStart() + leftKeep;
        int rightCut = r.rightStart() + rightKeep;
        List<RowState> after = List.of(
                edited(r.leftStart(), leftCut, r.rightStart(), rightCut),
                edited(leftCut, r.leftEnd(), rightCut, r.rightEnd()));
        return commit(c, version, EditKind.SPLIT, position, before, scorer.complete(c, after), author);
    }

    EditResult move(long id, long version, int position, Side side, boolean up, String author) {
        Comparison c = open(id, version);
        int from = up ? position - 1 : position;
        if (from < 0) {
            throw new IllegalArgumentException("the first row has no row above");
        }
        List<RowState> before = rows(id, from, 2);
        RowState upper = before.get(0);
        RowState lower = before.get(1);
        RowState moving = up ? lower : upper;
        boolean sideEmpty = side == Side.LEFT ? moving.leftEmpty() : moving.rightEmpty();
        if (sideEmpty) {
            throw new IllegalArgumentException("no " + side + " paragraph to move");
        }
        int shift = up ? 1 : -1;
        RowState newUpper = side == Side.LEFT
                ? edited(upper.leftStart(), upper.leftEnd() + shift, upper.rightStart(), upper.rightEnd())
                : edited(upper.leftStart(), upper.leftEnd(), upper.rightStart(), upper.rightEnd() + shift);
        RowState newLower = side == Side.LEFT
                ? edited(lower.leftStart() + shift, lower.leftEnd(), lower.rightStart(), lower.rightEnd())
                : edited(lower.leftStart(), lower.leftEnd(), lower.rightStart() + shift, lower.rightEnd());
        List<RowState> after = new ArrayList<>();
        for (RowState r : List.of(newUpper, newLower)) {
            if (!(r.leftEmpty() && r.rightEmpty())) {
                after.add(r);
            }
        }
        return commit(c, version, up ? EditKind.MOVE_UP : EditKind.MOVE_DOWN, from, before, scorer.complete(c, after), author);
    }

    EditResult unlink(long id, long version, int position, String author) {
        Comparison c = open(id, version);
        List<RowState> before = rows(id, position, 1);
        RowState r = before.get(0);
        if (r.leftEmpty() || r.rightEmpty()) {
            throw new IllegalArgumentException("only a row with both sides can be unlinked");
        }
        List<RowState> after = List.of(
                edited(r.leftStart(), r.leftEnd(), r.rightStart(), r.rightStart()),
                edited(r.leftEnd(), r.leftEnd(), r.rightStart(), r.rightEnd()));
        return commit(c, version, EditKind.UNLINK, position, before, scorer.complete(c, after), author);
    }

    EditResult link(long id, long version, int position, String author) {
        Comparison c = open(id, version);
        List<RowState> before = rows(id, position, 2);
        RowState a = before.get(0);
        RowState b = before.get(1);
        boolean complementary = (a.rightEmpty() && b.leftEmpty()) || (a.leftEmpty() && b.rightEmpty());
        if (!complementary) {
            throw new IllegalArgumentException("link needs a row with only one side followed by one with only the other");
        }
        RowState linked = edited(a.leftStart(), b.leftEnd(), a.rightStart(), b.rightEnd());
        return commit(c, version, EditKind.LINK, position, before, scorer.complete(c, List.of(linked)), author);
    }

    EditResult confirm(long id, long version, int position, boolean confirmed, String author) {
        Comparison c = open(id, version);
        List<RowState> before = rows(id, position, 1);
        RowState r = before.get(0);
        RowState after = r.withStatus(confirmed ? RowStatus.CONFIRMED
                : r.status() == RowStatus.CONFIRMED ? RowStatus.AUTOMATIC : r.status());
        return commit(c, version, confirmed ? EditKind.CONFIRM : EditKind.UNCONFIRM, position, before, List.of(after), author);
    }

    EditResult confirmAbove(long id, long version, double threshold, String author) {
        Comparison c = open(id, version);
        List<RowState> all = table.load(id, 0, Integer.MAX_VALUE);
        int first = -1;
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            RowState r = all.get(i);
            if (r.status() == RowStatus.AUTOMATIC && r.confidence() >= threshold) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return new EditResult(c.version, 0, 0, all.size(), 0);
        }
        List<RowState> before = all.subList(first, last + 1);
        List<RowState> after = before.stream()
                .map(r -> r.status() == RowStatus.AUTOMATIC && r.confidence() >= threshold
                        ? r.withStatus(RowStatus.CONFIRMED) : r)
                .toList();
        return commit(c, version, EditKind.CONFIRM_ABOVE, first, before, after, author);
    }

    EditResult realign(long id, long version, String author) {
        Comparison c = open(id, version);
        List<RowState> old = table.load(id, 0, Integer.MAX_VALUE);
        List<FixedLink> fixed = new ArrayList<>();
        for (RowState r : old) {
            if (FIXED.contains(r.status())) {
                fixed.add(new FixedLink(Range.of(r.leftStart(), r.leftEnd()), Range.of(r.rightStart(), r.rightEnd())));
            }
        }
        ComparisonTexts.Both both = texts.load(c);
        Alignment alignment = aligner.align(new Bitext(both.left().paragraphs(), lang(c.leftLang),
                both.right().paragraphs(), lang(c.rightLang)), fixed);
        List<Alignment> sentenceGroups = sentenceAligner.align(alignment, both.left().sentences(),
                both.right().sentences()).groups();
        List<RowState> fresh = new ArrayList<>(alignment.beads().size());
        int oldIndex = 0;
        for (int i = 0; i < alignment.beads().size(); i++) {
            Bead b = alignment.beads().get(i);
            while (oldIndex < old.size() && old.get(oldIndex).leftEnd() <= b.source().start()
                    && old.get(oldIndex).rightEnd() <= b.target().start() && !same(old.get(oldIndex), b)) {
                oldIndex++;
            }
            RowState kept = oldIndex < old.size() && same(old.get(oldIndex), b) && FIXED.contains(old.get(oldIndex).status())
                    ? old.get(oldIndex) : null;
            fresh.add(kept != null ? kept : new RowState(b.source().start(), b.source().end(), b.target().start(),
                    b.target().end(), b.confidence(), RowStatus.AUTOMATIC, json.evidence(b.evidence()),
                    json.links(ComparisonBuilder.links(sentenceGroups.get(i)))));
        }
        int prefix = 0;
        while (prefix < old.size() && prefix < fresh.size() && sameRow(old.get(prefix), fresh.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < fresh.size() - prefix
                && sameRow(old.get(old.size() - 1 - suffix), fresh.get(fresh.size() - 1 - suffix))) {
            suffix++;
        }
        List<RowState> before = old.subList(prefix, old.size() - suffix);
        List<RowState> after = fresh.subList(prefix, fresh.size() - suffix);
        if (before.isEmpty() && after.isEmpty()) {
            return new EditResult(c.version, 0, 0, old.size(), 0);
        }
        return commit(c, version, EditKind.REALIGN, prefix, before, after, author);
    }

    EditResult editText(long id, long version, Side side, int paragraph, String text, String author) {
        Comparison c = open(id, version);
        String clean = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a paragraph cannot be empty");
        }
        String old = paragraphText.text(c, side, paragraph);
        if (old.equals(clean)) {
            return new EditResult(c.version, 0, 0, table.count(id), 0);
        }
        int position = table.positionOf(id, side, paragraph);
        List<RowState> before = rows(id, position, 1);
        paragraphText.set(c, side, paragraph, clean);
        RowState r = before.get(0);
        List<RowState> after = scorer.complete(c, List.of(r.withStatus(RowStatus.EDITED)));
        return commit(c, version, EditKind.EDIT_TEXT, position, before, after, author, record -> {
            record.side = side;
            record.paragraphIndex = paragraph;
            record.beforeText = old;
            record.afterText = clean;
        });
    }

    EditResult undo(long id, long version) {
        Comparison c = open(id, version);
        EditRecord e = edits.findFirstByComparisonIdAndUndoneFalseOrderBySeqDesc(id)
                .orElseThrow(() -> new IllegalStateException("nothing to undo"));
        List<RowState> before = json.read(e.beforeRows, ROWS);
        List<RowState> after = json.read(e.afterRows, ROWS);
        if (e.kind == EditKind.EDIT_TEXT) {
            paragraphText.set(c, e.side, e.paragraphIndex, e.beforeText);
        }
        e.undone = true;
        return replace(c, version, e.position, after.size(), before);
    }

    EditResult redo(long id, long version) {
        Comparison c = open(id, version);
        EditRecord e = edits.findFirstByComparisonIdAndUndoneTrueOrderBySeqAsc(id)
                .orElseThrow(() -> new IllegalStateException("nothing to redo"));
        List<RowState> before = json.read(e.beforeRows, ROWS);
        List<RowState> after = json.read(e.afterRows, ROWS);
        if (e.kind == EditKind.EDIT_TEXT) {
            paragraphText.set(c, e.side, e.paragraphIndex, e.afterText);
        }
        e.undone = false;
        return replace(c, version, e.position, before.size(), after);
    }

    @Transactional(readOnly = true)
    UndoState undoState(long id) {
        return new UndoState(edits.countDone(id) > 0, edits.countUndone(id) > 0);
    }

    @Transactional(readOnly = true)
    List<TextChange> history(long id, int position) {
        List<RowState> rows = table.load(id, position, position + 1);
        if (rows.isEmpty()) {
            return List.of();
        }
        RowState r = rows.get(0);
        List<TextChange> changes = new ArrayList<>();
        for (EditRecord e : edits.textEdits(id, Side.LEFT, r.leftStart(), r.leftEnd())) {
            changes.add(new TextChange(e.side, e.paragraphIndex, e.beforeText, e.afterText, e.author, e.createdAt));
        }
        for (EditRecord e : edits.textEdits(id, Side.RIGHT, r.rightStart(), r.rightEnd())) {
            changes.add(new TextChange(e.side, e.paragraphIndex, e.beforeText, e.afterText, e.author, e.createdAt));
        }
        changes.sort((x, y) -> y.at().compareTo(x.at()));
        return changes;
    }

    private Comparison open(long id, long version) {
        Comparison c = find(id);
        if (c.version != version) {
            throw new InputProblem(Problem.STALE_EDIT, "", List.of());
        }
        return c;
    }

    private Comparison find(long id) {
        return comparisons.findById(id).orElseThrow(() -> new InputProblem(Problem.NOT_FOUND, "", List.of(id)));
    }

    private List<RowState> rows(long id, int from, int count) {
        List<RowState> rows = table.load(id, from, from + count);
        if (from < 0 || rows.size() != count) {
            throw new IllegalArgumentException("rows " + from + ".." + (from + count) + " do not exist");
        }
        return rows;
    }

    private EditResult commit(Comparison c, long version, EditKind kind, int from, List<RowState> before,
                              List<RowState> after, String author) {
        return commit(c, version, kind, from, before, after, author, record -> { });
    }

    private EditResult commit(Comparison c, long version, EditKind kind, int from, List<RowState> before,
                              List<RowState> after, String author, java.util.function.Consumer<EditRecord> details) {
        long id = c.id;
        edits.dropUndone(id);
        EditRecord record = new EditRecord();
        record.comparison = c;
        record.seq = edits.lastSeq(id).orElse(0) + 1;
        record.kind = kind;
        record.position = from;
        record.beforeRows = json.write(before);
        record.afterRows = json.write(after);
        record.author = author == null || author.isBlank() ? "?" : author.strip();
        record.createdAt = clock.instant();
        record.undone = false;
        details.accept(record);
        edits.save(record);
        return replace(c, version, from, before.size(), after);
    }

    /** Bumps the version (refusing a stale one atomically), then replaces the rows. */
    private EditResult replace(Comparison c, long version, int from, int oldCount, List<RowState> replacement) {
        long id = c.id;
        if (comparisons.bumpVersion(id, version, clock.instant()) != 1) {
            throw new InputProblem(Problem.STALE_EDIT, "", List.of());
        }
        long newVersion = version + 1;
        table.replace(id, entityManager.getReference(Comparison.class, id), from, oldCount, replacement);
        int changed = Math.max(oldCount, replacement.size());
        return new EditResult(newVersion, from, replacement.size(), table.count(id), changed);
    }

    private static RowState edited(int leftStart, int leftEnd, int rightStart, int rightEnd) {
        return new RowState(leftStart, leftEnd, rightStart, rightEnd, 1.0, RowStatus.EDITED, "", "[]");
    }

    private static boolean same(RowState r, Bead b) {
        return r.leftStart() == b.source().start() && r.leftEnd() == b.source().end()
                && r.rightStart() == b.target().start() && r.rightEnd() == b.target().end();
    }

    private static boolean sameRow(RowState a, RowState b) {
        return a.leftStart() == b.leftStart() && a.leftEnd() == b.leftEnd() && a.rightStart() == b.rightStart()
                && a.rightEnd() == b.rightEnd() && a.status() == b.status();
    }

    private static Lang lang(String code) {
        return Lang.fromCode(code).orElse(Lang.UNKNOWN);
    }
}
