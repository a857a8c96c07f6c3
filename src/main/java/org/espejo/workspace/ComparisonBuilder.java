package org.espejo.workspace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.espejo.align.Aligner;
import org.espejo.align.Alignment;
import org.espejo.align.Bead;
import org.espejo.align.Bitext;
import org.espejo.align.SentenceAligner;
import org.espejo.align.SentenceAlignment;
import org.espejo.text.Document;
import org.espejo.text.Paragraph;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Aligns an arranged pair and saves it as a new comparison in one transaction. Alignment runs
 * before the transaction opens, so a cancelled or failed run saves nothing.
 */
@Component
class ComparisonBuilder {

    private final Aligner aligner;
    private final SentenceAligner sentenceAligner;
    private final JsonCodec json;
    private final ComparisonRepository comparisons;
    private final DocumentRepository documents;
    private final ParagraphRepository paragraphs;
    private final AlignedRowRepository rows;
    private final TransactionTemplate transaction;
    private final CheckScheduler checks;
    private final Clock clock;

    ComparisonBuilder(Aligner aligner, SentenceAligner sentenceAligner, JsonCodec json, ComparisonRepository comparisons,
                      DocumentRepository documents, ParagraphRepository paragraphs,
                      AlignedRowRepository rows, TransactionTemplate transaction, Clock clock,
                      CheckScheduler checks) {
        this.aligner = aligner;
        this.sentenceAligner = sentenceAligner;
        this.json = json;
        this.comparisons = comparisons;
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.rows = rows;
        this.transaction = transaction;
        this.clock = clock;
        this.checks = checks;
    }

    /**
     * Saves a pair whose alignment is already known (rows read from a TMX or XLIFF file); the
     * rows get the given status and their sentences are aligned by the engine.
     */
    long save(String name, ArrangedPair pair, Alignment alignment, RowStatus status) {
        Document left = pair.left().document();
        Document right = pair.right().document();
        SentencePlan leftSentences = SentencePlan.of(left, pair.left().languages());
        SentencePlan rightSentences = SentencePlan.of(right, pair.right().languages());
        SentenceAlignment sentences = sentenceAligner.align(alignment, leftSentences.texts, rightSentences.texts);
        long id = transaction.execute(tx -> save(name, pair, alignment, sentences, leftSentences, rightSentences, status));
        checks.changed(id);
        return id;
    }

    long build(String name, ArrangedPair pair, Progress progress) {
        checkCancelled(progress);
        progress.stage(Progress.Stage.ALIGNING);
        Document left = pair.left().document();
        Document right = pair.right().document();
        Alignment alignment = aligner.align(new Bitext(left.texts(), pair.left().lang(),
                right.texts(), pair.right().lang()));
        checkCancelled(progress);
        SentencePlan leftSentences = SentencePlan.of(left, pair.left().languages());
        SentencePlan rightSentences = SentencePlan.of(right, pair.right().languages());
        SentenceAlignment sentences = sentenceAligner.align(alignment, leftSentences.texts, rightSentences.texts);
        checkCancelled(progress);
        progress.stage(Progress.Stage.SAVING);
        Long id = transaction.execute(status -> save(name, pair, alignment, sentences, leftSentences, rightSentences,
                RowStatus.AUTOMATIC));
        progress.stage(Progress.Stage.CHECKING);
        checks.changed(id);
        progress.stage(Progress.Stage.DONE);
        return id;
    }

    private long save(String name, ArrangedPair pair, Alignment alignment, SentenceAlignment sentences,
                      SentencePlan leftSentences, SentencePlan rightSentences, RowStatus status) {
        Comparison comparison = comparisons.save(new Comparison(name, pair.left().lang().code(),
                pair.right().lang().code(), clock.instant()));
        saveDocument(comparison, Side.LEFT, pair.left(), leftSentences);
        saveDocument(comparison, Side.RIGHT, pair.right(), rightSentences);
        List<AlignedRow> rowEntities = new ArrayList<>(alignment.beads().size());
        int position = 0;
        for (Bead bead : alignment.beads()) {
            AlignedRow row = new AlignedRow();
            row.comparison = comparison;
            row.position = position++;
            row.leftStart = bead.source().start();
            row.leftEnd = bead.source().end();
            row.rightStart = bead.target().start();
            row.rightEnd = bead.target().end();
            row.confidence = bead.confidence();
            row.status = status;
            row.evidence = json.evidence(bead.evidence());
            row.sentenceLinks = json.links(links(sentences.groups().get(row.position)));
            rowEntities.add(row);
        }
        rows.saveAll(rowEntities);
        return comparison.id;
    }

    static List<SentenceLink> links(Alignment group) {
        List<SentenceLink> links = new ArrayList<>(group.beads().size());
        for (Bead b : group.beads()) {
            links.add(new SentenceLink(b.source().start(), b.source().end(), b.target().start(), b.target().end(),
                    b.confidence()));
        }
        return links;
    }

    private void saveDocument(Comparison comparison, Side side, AnalyzedDocument analyzed, SentencePlan sentences) {
        Document document = analyzed.document();
        ComparisonDocument entity = new ComparisonDocument();
        entity.comparison = comparison;
        entity.side = side;
        entity.fileName = truncate(document.info().fileName(), 500);
        entity.mediaType = truncate(document.info().mediaType(), 200);
        entity.title = truncate(document.info().title(), 1000);
        entity.author = truncate(document.info().author(), 500);
        entity.charCount = document.characterCount();
        entity.lang = analyzed.lang().code();
        entity.langConfidence = analyzed.langConfidence();
        documents.save(entity);
        List<StoredParagraph> stored = new ArrayList<>(document.size());
        for (Paragraph p : document.paragraphs()) {
            StoredParagraph sp = new StoredParagraph();
            sp.document = entity;
            sp.index = p.index();
            sp.kind = p.kind();
            sp.text = p.text();
            var guess = analyzed.languages().paragraphs().get(p.index());
            sp.lang = guess.lang().code();
            sp.langConfidence = guess.confidence();
            sp.sentences = json.sentences(sentences.views.get(p.index()));
            stored.add(sp);
        }
        paragraphs.saveAll(stored);
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
