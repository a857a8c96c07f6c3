package org.espejo.workspace;

import java.util.List;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.TextSplit;
import org.espejo.language.LanguageDetector;
import org.espejo.text.Document;
import org.springframework.stereotype.Service;

/**
 * Extracts an uploaded file or a pasted text and detects its languages. Failures come out as
 * {@link InputProblem}s that name the file and the reason.
 */
@Service
public class DocumentAnalyzer {

    private final DocumentExtractor extractor;
    private final LanguageDetector detector;

    private final EspejoProperties.Ingest limits;

    DocumentAnalyzer(DocumentExtractor extractor, LanguageDetector detector, EspejoProperties properties) {
        this.extractor = extractor;
        this.detector = detector;
        this.limits = properties.ingest();
    }

    /** Analyses an uploaded file. */
    public AnalyzedDocument analyzeFile(String fileName, byte[] bytes) {
        try {
            return analyze(extractor.extract(fileName, bytes, TextSplit.AUTO));
        } catch (ExtractionException e) {
            throw problemOf(e, limits);
        }
    }

    /** Analyses a pasted text; paragraphs are separated by blank lines (or lines). */
    public AnalyzedDocument analyzeText(String name, String text) {
        try {
            return analyze(extractor.fromText(name, text, TextSplit.AUTO));
        } catch (ExtractionException e) {
            throw problemOf(e, limits);
        }
    }

    /** Analyses paragraphs read from a bilingual file, declared to be in {@code lang}. */
    AnalyzedDocument analyzeParagraphs(String name, List<String> paragraphs, org.espejo.text.Lang lang) {
        Document document = Document.ofTexts(name, paragraphs);
        AnalyzedDocument analyzed = analyze(document);
        return lang.isKnown() ? analyzed.withLanguage(lang) : analyzed;
    }

    private AnalyzedDocument analyze(Document document) {
        return new AnalyzedDocument(document, detector.profile(document));
    }

    static InputProblem problemOf(ExtractionException e, EspejoProperties.Ingest limits) {
        Problem problem = java.util.Arrays.stream(Problem.values())
                .filter(p -> p.name().equals(e.failure().name()))
                .findFirst()
                .orElse(Problem.CORRUPT);
        List<Object> args = switch (problem) {
            case TOO_LARGE -> List.of(Sizes.human(limits.maxBytes()));
            case TOO_MUCH_TEXT -> List.of(limits.maxCharacters());
            case TIMEOUT -> List.of(limits.timeout().toSeconds());
            case PARAGRAPH_TOO_LONG -> List.of(limits.maxParagraphCharacters());
            default -> List.of();
        };
        return new InputProblem(problem, e.fileName(), args, e);
    }
}
