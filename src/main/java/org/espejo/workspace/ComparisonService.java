package org.espejo.workspace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.espejo.text.Lang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved comparisons: create one from two analysed documents, list, open, page through rows,
 * rename and delete. Every method is transactional; the UI and the command line use nothing
 * else of the workspace's persistence.
 */
@Service
public class ComparisonService {

    private final ComparisonBuilder builder;
    private final ComparisonRepository comparisons;
    private final DocumentRepository documents;
    private final ParagraphRepository paragraphs;
    private final AlignedRowRepository rows;
    private final JsonCodec json;
    private final FindingService findings;
    private final Clock clock;

    ComparisonService(ComparisonBuilder builder, ComparisonRepository comparisons,
                      DocumentRepository documents, ParagraphRepository paragraphs,
                      AlignedRowRepository rows, JsonCodec json, FindingService findings, Clock clock) {
        this.builder = builder;
        this.comparisons = comparisons;
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.rows = rows;
        this.json = json;
        this.findings = findings;
        this.clock = clock;
    }

    /**
     * Puts the Spanish document on the left and the English one on the right.
     *
     * @throws InputProblem SAME_LANGUAGE, NOT_SPANISH_ENGLISH or LANGUAGE_UNKNOWN
     */
    public ArrangedPair arrange(AnalyzedDocument first, AnalyzedDocument second) {
        return PairArranger.arrange(first, second);
    }

    /** The pair exactly as given (the user's override): first on the left. */
    public ArrangedPair arrangeAsGiven(AnalyzedDocument first, AnalyzedDocument second) {
        return PairArranger.asGiven(first, second);
    }

    /**
     * Aligns the pair and saves it as a new comparison; long-running, call it off the UI thread.
     *
     * @return the new comparison's id
     * @throws CancelledException if {@code progress} was cancelled (nothing is saved)
     */
    public long create(String name, ArrangedPair pair, Progress progress) {
        String cleanName = name == null || name.isBlank()
                ? pair.left().fileName() + " ↔ " + pair.right().fileName()
                : name.strip();
        return builder.build(cleanName.length() > 300 ? cleanName.substring(0, 300) : cleanName, pair, progress);
    }

    /** All comparisons, most recently changed first, whose name or file names contain {@code filter}. */
    @Transactional(readOnly = true)
    public List<ComparisonSummary> list(String filter) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<ComparisonSummary> result = new ArrayList<>();
        for (Comparison c : comparisons.findAllByOrderByUpdatedAtDesc()) {
            ComparisonSummary summary = summarize(c);
            if (needle.isEmpty() || (summary.name() + " " + summary.leftFile() + " " + summary.rightFile())
                    .toLowerCase(Locale.ROOT).contains(needle)) {
                result.add(summary);
            }
        }
        return result;
    }

    /** One comparison's summary, if it exists. */
    @Transactional(readOnly = true)
    public Optional<ComparisonSummary> find(long id) {
        return comparisons.findById(id).map(this::summarize);
    }

    /** Number of aligned rows of a comparison. */
    @Transactional(readOnly = true)
    public int rowCount(long id) {
        return rows.countOf(id);
    }

    /** A page of rows with their paragraphs, for lazy loading. */
    @Transactional(readOnly = true)
    public List<RowView> rows(long id, int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<AlignedRow> page = rows.findPositions(id, offset, offset + limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Side, Map<Integer, ParagraphView>> bySide = new java.util.EnumMap<>(Side.class);
        for (ComparisonDocument d : documents.findByComparisonId(id)) {
            int from = page.stream().mapToInt(r -> d.side == Side.LEFT ? r.leftStart : r.rightStart).min().orElse(0);
            int to = page.stream().mapToInt(r -> d.side == Side.LEFT ? r.leftEnd : r.rightEnd).max().orElse(0);
            bySide.put(d.side, paragraphs.findRange(d.id, from, to).stream()
                    .map(this::view)
                    .collect(Collectors.toMap(ParagraphView::index, Function.identity())));
        }
        List<RowView> views = new ArrayList<>(page.size());
        for (AlignedRow r : page) {
            views.add(new RowView(r.position,
                    slice(bySide.get(Side.LEFT), r.leftStart, r.leftEnd),
                    slice(bySide.get(Side.RIGHT), r.rightStart, r.rightEnd),
                    r.confidence, r.status, json.evidence(r.evidence), json.links(r.sentenceLinks)));
        }
        return views;
    }

    /** One marker per row, in document order, for the overview strip and the review queue. */
    @Transactional(readOnly = true)
    public List<RowMarker> markers(long id) {
        List<RowMarker> markers = new ArrayList<>();
        Map<Integer, Integer> open = findings.openCountByRow(id);
        for (AlignedRow r : rows.findAllOf(id)) {
            boolean gap = r.leftStart == r.leftEnd || r.rightStart == r.rightEnd;
            markers.add(new RowMarker(r.position, r.confidence, r.status, gap, open.getOrDefault(r.position, 0)));
        }
        return markers;
    }

    /** The rows at the given positions, in the order given (for the review queue). */
    @Transactional(readOnly = true)
    public List<RowView> rowsAt(long id, List<Integer> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        int min = positions.stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = positions.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max - min < 400) {
            Map<Integer, RowView> byPosition = rows(id, min, max - min + 1).stream()
                    .collect(Collectors.toMap(RowView::position, Function.identity()));
            return positions.stream().map(byPosition::get).filter(java.util.Objects::nonNull).toList();
        }
        List<RowView> result = new ArrayList<>(positions.size());
        for (int p : positions) {
            result.addAll(rows(id, p, 1));
        }
        return result;
    }

    /** Renames a comparison. */
    @Transactional
    public void rename(long id, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a comparison needs a name");
        }
        Comparison c = comparisons.findById(id)
                .orElseThrow(() -> new InputProblem(Problem.NOT_FOUND, "", List.of(id)));
        c.name = name.strip().length() > 300 ? name.strip().substring(0, 300) : name.strip();
        c.updatedAt = clock.instant();
    }

    /** Deletes a comparison with everything in it. */
    @Transactional
    public void delete(long id) {
        comparisons.findById(id).ifPresent(comparisons::delete);
    }

    private ComparisonSummary summarize(Comparison c) {
        String leftFile = "";
        String rightFile = "";
        int leftCount = 0;
        int rightCount = 0;
        for (ComparisonDocument d : documents.findByComparisonId(c.id)) {
            int count = paragraphs.countByDocument(d.id);
            if (d.side == Side.LEFT) {
                leftFile = d.fileName;
                leftCount = count;
            } else {
                rightFile = d.fileName;
                rightCount = count;
            }
        }
        return new ComparisonSummary(c.id, c.name, lang(c.leftLang), lang(c.rightLang), leftFile, rightFile,
                leftCount, rightCount, rows.countOf(c.id), rows.countReviewed(c.id), findings.openCount(c.id),
                c.updatedAt);
    }

    private static Lang lang(String code) {
        return Lang.fromCode(code).orElse(Lang.UNKNOWN);
    }

    private ParagraphView view(StoredParagraph p) {
        return new ParagraphView(p.index, p.text, p.kind, lang(p.lang), p.langConfidence, json.sentences(p.sentences));
    }

    private static List<ParagraphView> slice(Map<Integer, ParagraphView> byIndex, int start, int end) {
        List<ParagraphView> list = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            ParagraphView p = byIndex == null ? null : byIndex.get(i);
            if (p != null) {
                list.add(p);
            }
        }
        return list;
    }
}
