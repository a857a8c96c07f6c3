package org.espejo.ingest;

import java.util.Arrays;
import java.util.List;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.espejo.text.Document;
import org.espejo.text.DocumentInfo;
import org.xml.sax.SAXException;

/**
 * Extracts a structured document (Word, OpenDocument, RTF, PDF, HTML, EPUB) with Tika and turns
 * the collected blocks into paragraphs (reassembling PDF lines and pages). Runs on a parse thread
 * ({@link ParseRunner}) under the {@link ParseGuard} of its extraction. Either the whole document
 * comes back or an {@link ExtractionException}. Stateless.
 */
final class TikaExtraction {

    private TikaExtraction() {
    }

    static Document extract(String fileName, byte[] bytes, MediaType type, ExtractionLimits limits, ParseGuard guard)
            throws ExtractionException {
        boolean pdf = TikaEngine.isPdf(type);
        BlockCollector collector = new BlockCollector(limits, guard, pdf);
        Metadata metadata = new Metadata();
        try {
            TikaEngine.shared().parse(fileName, bytes, collector, metadata, guard);
        } catch (IOException | SAXException | TikaException | RuntimeException | StackOverflowError e) {
            throw Failures.translate(fileName, e, guard);
        }
        if (guard.reason().isPresent()) {
            throw Failures.translate(fileName, guard.reason().get(), guard);
        }
        List<Block> blocks = (pdf ? PdfParagraphs.rebuild(collector.blocks()) : collector.blocks()).stream()
                .map(ListMarkers::apply)
                .toList();
        DocumentInfo info = new DocumentInfo(fileName, type.getBaseType().toString(), title(metadata), author(metadata));
        return Paragraphs.assemble(info, blocks, limits);
    }

    private static String title(Metadata metadata) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        return title == null ? "" : TextCleaner.clean(title);
    }

    private static String author(Metadata metadata) {
        return Arrays.stream(metadata.getValues(TikaCoreProperties.CREATOR))
                .map(TextCleaner::clean)
                .filter(name -> !name.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
