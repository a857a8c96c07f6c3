package org.espejo.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Evidence;
import org.espejo.align.Range;
import org.espejo.exchange.BilingualDocument;
import org.espejo.exchange.BilingualRow;
import org.espejo.exchange.ImportException;
import org.espejo.exchange.ImportedFile;
import org.espejo.exchange.Importer;
import org.espejo.text.Lang;
import org.springframework.stereotype.Service;

/**
 * Opens an existing TMX or XLIFF file as a comparison: its units become confirmed rows, so an
 * old translation memory can be reviewed and checked again. Spanish goes on the left whichever
 * side of the file it was on.
 */
@Service
public class ImportService {

    private final DocumentAnalyzer analyzer;
    private final ComparisonBuilder builder;

    ImportService(DocumentAnalyzer analyzer, ComparisonBuilder builder) {
        this.analyzer = analyzer;
        this.builder = builder;
    }

    /**
     * Saves the file's units as a new comparison.
     *
     * @return the new comparison's id
     * @throws InputProblem IMPORT_UNSUPPORTED, IMPORT_MALFORMED, IMPORT_EMPTY or IMPORT_NOT_BILINGUAL
     */
    public long importFile(String fileName, byte[] bytes) {
        ImportedFile imported;
        try {
            imported = Importer.read(fileName, new ByteArrayInputStream(bytes));
        } catch (ImportException e) {
            throw new InputProblem(Problem.valueOf("IMPORT_" + e.reason().name()), fileName, List.of(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BilingualDocument document = imported.document();
        Lang source = Lang.fromCode(document.sourceLang()).orElse(Lang.UNKNOWN);
        Lang target = Lang.fromCode(document.targetLang()).orElse(Lang.UNKNOWN);
        boolean swap = source != Lang.SPANISH && target == Lang.SPANISH;
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<Bead> beads = new ArrayList<>(document.rows().size());
        for (BilingualRow row : document.rows()) {
            List<String> l = swap ? row.target() : row.source();
            List<String> r = swap ? row.source() : row.target();
            beads.add(new Bead(Range.of(left.size(), left.size() + l.size()), Range.of(right.size(), right.size() + r.size()),
                    row.confidence(), Evidence.NONE));
            left.addAll(l);
            right.addAll(r);
        }
        Lang leftLang = swap ? target : source;
        Lang rightLang = swap ? source : target;
        AnalyzedDocument leftDoc = analyzer.analyzeParagraphs(fileName + " (" + leftLang.code() + ")", left, leftLang);
        AnalyzedDocument rightDoc = analyzer.analyzeParagraphs(fileName + " (" + rightLang.code() + ")", right, rightLang);
        Alignment alignment = Alignment.of(left.size(), right.size(), beads);
        return builder.save(document.name(), new ArrangedPair(leftDoc, rightDoc), alignment, RowStatus.CONFIRMED);
    }
}
