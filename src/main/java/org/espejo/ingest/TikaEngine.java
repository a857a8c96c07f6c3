package org.espejo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.epub.EpubParser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's detector and the parsers of the formats Espejo reads, built once per process on first
 * use (that takes a second or two) and shared. Only these parsers exist here: a file of any other
 * type never reaches a parser. Office headers and footers, PDF bookmarks, annotations and form
 * fields are left out (they are not the story), no OCR runs, and embedded documents are skipped
 * ({@link SkippedEmbeddedDocuments}). Tika's zip-bomb guard (characters out per byte in, element
 * nesting depth) stays on, tightened ({@link #bombGuard()}). Thread-safe.
 */
final class TikaEngine {

    private static final MediaType PDF = MediaType.application("pdf");
    private static final int MAX_CHARACTERS_PER_BYTE = 20;
    private static final Set<MediaType> SUPPORTED = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("vnd.ms-word.template.macroenabled.12"),
            MediaType.application("x-tika-ooxml-protected"),
            MediaType.application("msword"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("vnd.oasis.opendocument.text-template"),
            MediaType.application("rtf"),
            PDF,
            MediaType.TEXT_HTML,
            MediaType.application("xhtml+xml"),
            MediaType.application("epub+zip"));

    private final Detector detector;
    private final AutoDetectParser parser;
    private final OfficeParserConfig officeConfig;
    private final PDFParserConfig pdfConfig;

    private TikaEngine() {
        this.detector = new DefaultDetector();
        List<Parser> parsers = List.of(new OOXMLParser(), new OfficeParser(), new OpenDocumentParser(),
                new RTFParser(), new PDFParser(), new JSoupParser(), new EpubParser());
        this.parser = new AutoDetectParser(detector, parsers.toArray(new Parser[0]));
        this.parser.setAutoDetectParserConfig(bombGuard());
        this.officeConfig = officeConfig();
        this.pdfConfig = pdfConfig();
    }

    /** The engine of this process. */
    static TikaEngine shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final TikaEngine INSTANCE = new TikaEngine();
    }

    /** The media type of {@code bytes}, from their content and, where that is not decisive, the name. */
    MediaType detect(String fileName, byte[] bytes) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata).getBaseType();
        }
    }

    /** Whether {@code type} is a format this engine parses. */
    boolean supports(MediaType type) {
        return SUPPORTED.contains(type.getBaseType());
    }

    /** Whether {@code type} is PDF, whose lines and pages need reassembling into paragraphs. */
    static boolean isPdf(MediaType type) {
        return PDF.equals(type.getBaseType());
    }

    /** Parses {@code bytes} into {@code handler}; the input stops being readable once {@code guard} stops. */
    void parse(String fileName, byte[] bytes, ContentHandler handler, Metadata metadata, ParseGuard guard)
            throws IOException, SAXException, TikaException {
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, BlockHtmlMapper.INSTANCE);
        SkippedEmbeddedDocuments embedded = new SkippedEmbeddedDocuments(guard);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        context.set(Detector.class, embedded.typeDetector());
        context.set(OfficeParserConfig.class, officeConfig);
        context.set(PDFParserConfig.class, pdfConfig);
        try (InputStream in = TikaInputStream.get(guard.guard(TikaInputStream.get(bytes)))) {
            parser.parse(in, handler, metadata, context);
        }
    }

    /**
     * Tika's zip-bomb guard, tightened: after the first million characters, more than 20
     * characters per byte of file is a bomb (real documents give fewer than 5; Tika's default
     * of 100 would let a bomb fill the character limit first); XML nesting over 100 levels too.
     */
    private static AutoDetectParserConfig bombGuard() {
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setOutputThreshold(1_000_000);
        config.setMaximumCompressionRatio(MAX_CHARACTERS_PER_BYTE);
        config.setMaximumDepth(100);
        return config;
    }

    private static OfficeParserConfig officeConfig() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setUseSAXDocxExtractor(true);
        config.setExtractMacros(false);
        return config;
    }

    private static PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractBookmarksText(false);
        config.setExtractAnnotationText(false);
        config.setExtractAcroFormContent(false);
        config.setExtractInlineImages(false);
        config.setExtractActions(false);
        config.setSuppressDuplicateOverlappingText(true);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        return config;
    }
}
