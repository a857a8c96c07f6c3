package org.espejo.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.espejo.text.Document;
import org.espejo.text.DocumentInfo;

/**
 * Extracts a structured document (Word, OpenDocument, RTF, PDF, HTML, EPUB) with Tika on a parse
 * thread, within the time limit, and turns the collected blocks into paragraphs (reassembling PDF
 * lines and pages). Either the whole document comes back or an {@link ExtractionException}.
 * Stateless.
 */
final class TikaExtraction {

    private TikaExtraction() {
    }

    static Document extract(String fileName, byte[] bytes, MediaType type, ExtractionLimits limits)
            throws ExtractionException {
        boolean pdf = TikaEngine.isPdf(type);
        ParseGuard guard = new ParseGuard();
        BlockCollector collector = new BlockCollector(limits, guard, pdf);
        Metadata metadata = new Metadata();
        try {
            ParseRunner.shared().run(() -> {
                TikaEngine.shared().parse(fileName, bytes, collector, metadata, guard);
                return null;
            }, limits.timeout(), guard);
        } catch (TimeoutException e) {
            throw new ExtractionException(ExtractionFailure.TIMEOUT, fileName,
                    "over " + limits.timeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionFailure.TIMEOUT, fileName, "interrupted", e);
        } catch (ExecutionException e) {
            throw Failures.translate(fileName, e.getCause(), guard);
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
