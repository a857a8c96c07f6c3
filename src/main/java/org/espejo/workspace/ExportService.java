package org.espejo.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.espejo.exchange.BilingualDocument;
import org.espejo.exchange.BilingualRow;
import org.espejo.exchange.ExportOptions;
import org.espejo.exchange.Exporter;
import org.espejo.exchange.Format;
import org.espejo.exchange.LanguageTags;
import org.espejo.exchange.ReviewStatus;
import org.espejo.exchange.Segtype;
import org.espejo.exchange.SentencePair;
import org.espejo.text.Lang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a comparison as TMX, XLIFF, TSV, CSV, XLSX or a side-by-side report (HTML, DOCX), with
 * the findings of the checks next to their rows.
 */
@Service
public class ExportService {

    private static final int PAGE = 500;

    private final ComparisonService comparisons;
    private final FindingNotes notes;

    ExportService(ComparisonService comparisons, FindingNotes notes) {
        this.comparisons = comparisons;
        this.notes = notes;
    }

    /** Every export format, in the order the UI offers them. */
    public List<ExportFormat> formats() {
        return Arrays.stream(Format.values()).map(f -> new ExportFormat(f.id(), f.extension(), f.isReadable())).toList();
    }

    /** The regional variants translators pick from for a language, e.g. es, es-ES, es-MX… */
    public List<String> languageTags(Lang lang) {
        return LanguageTags.variantsOf(lang.code());
    }

    /** The file name a download of this comparison in this format gets. */
    @Transactional(readOnly = true)
    public String fileName(long id, String format) {
        ComparisonSummary summary = comparisons.find(id).orElseThrow(() -> notFound(id));
        return format(format).fileName(summary.name());
    }

    /** The media type of a format. */
    public String mediaType(String format) {
        return format(format).mediaType();
    }

    /** Writes the export; the stream stays open. */
    @Transactional(readOnly = true)
    public void write(long id, ExportRequest request, OutputStream out) throws IOException {
        Exporter.write(document(id, request.uiLanguage()), format(request.format()), options(request), out);
    }

    /** The comparison as a bilingual document: every row with its sentence pairs and findings. */
    BilingualDocument document(long id, String uiLanguage) {
        ComparisonSummary summary = comparisons.find(id).orElseThrow(() -> notFound(id));
        int count = comparisons.rowCount(id);
        List<List<String>> rowNotes = notes.notes(id, count, uiLanguage);
        List<BilingualRow> rows = new ArrayList<>(count);
        for (int from = 0; from < count; from += PAGE) {
            for (RowView r : comparisons.rows(id, from, PAGE)) {
                rows.add(new BilingualRow(texts(r.left()), texts(r.right()), pairs(r), r.confidence(), status(r.status()),
                        rowNotes.get(r.position())));
            }
        }
        return new BilingualDocument(summary.name(), summary.leftLang().code(), summary.rightLang().code(), rows);
    }

    private static ExportOptions options(ExportRequest request) {
        ExportOptions.Builder builder = ExportOptions.builder()
                .includeGaps(request.includeGaps())
                .confirmedOnly(request.confirmedOnly())
                .segtype(request.sentences() ? Segtype.SENTENCE : Segtype.PARAGRAPH)
                .byteOrderMark(request.byteOrderMark())
                .reportLanguage(request.uiLanguage());
        if (!request.leftTag().isBlank() || !request.rightTag().isBlank()) {
            builder.languages(request.leftTag(), request.rightTag());
        }
        return builder.build();
    }

    private static List<String> texts(List<ParagraphView> paragraphs) {
        return paragraphs.stream().map(ParagraphView::text).toList();
    }

    /** The row's sentence pairs, as its sentence links group them. */
    private static List<SentencePair> pairs(RowView row) {
        List<String> left = sentences(row.left());
        List<String> right = sentences(row.right());
        List<SentencePair> pairs = new ArrayList<>(row.sentences().size());
        for (SentenceLink link : row.sentences()) {
            if (link.leftEnd() > left.size() || link.rightEnd() > right.size()) {
                return List.of();
            }
            pairs.add(new SentencePair(String.join(" ", left.subList(link.leftStart(), link.leftEnd())),
                    String.join(" ", right.subList(link.rightStart(), link.rightEnd()))));
        }
        return pairs;
    }

    private static List<String> sentences(List<ParagraphView> paragraphs) {
        List<String> sentences = new ArrayList<>();
        for (ParagraphView p : paragraphs) {
            for (SentenceView s : p.sentences()) {
                sentences.add(p.text().substring(s.start(), s.end()));
            }
        }
        return sentences;
    }

    private static ReviewStatus status(RowStatus status) {
        return switch (status) {
            case AUTOMATIC -> ReviewStatus.AUTOMATIC;
            case CONFIRMED -> ReviewStatus.CONFIRMED;
            case EDITED -> ReviewStatus.EDITED;
        };
    }

    private static Format format(String id) {
        return Format.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown format " + id));
    }

    private static InputProblem notFound(long id) {
        return new InputProblem(Problem.NOT_FOUND, "", List.of(id));
    }
}
