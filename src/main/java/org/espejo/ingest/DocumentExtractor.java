package org.espejo.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.tika.mime.MediaType;
import org.espejo.text.Document;
import org.espejo.text.DocumentInfo;
import org.espejo.text.ParagraphKind;

/**
 * Turns a file or a pasted text into a {@link Document} of paragraphs.
 *
 * <p>Plain text ({@code .txt}) is decoded ({@link TextDecoder}: byte-order marks, UTF-8, UTF-16,
 * then Tika's charset detection) and cut into paragraphs by {@link TextSplit}, without loading
 * Tika's parsers. Markdown ({@code .md}) is read with CommonMark. Every other file goes to Tika's
 * detector and, when it is a format Espejo reads (Word .docx/.doc, OpenDocument .odt, RTF, PDF,
 * HTML, EPUB), through Tika's structured XHTML output, where each paragraph, heading, list item,
 * table cell and quote becomes a paragraph of its kind; PDF lines are joined into paragraphs
 * without running headers, footers or end-of-line hyphens. All text is cleaned the same way
 * (NFC, no soft hyphens or zero-width characters, plain spaces).
 *
 * <p>Untrusted input is safe: sizes, characters, paragraph length, embedded documents, nesting
 * and parse time are limited ({@link ExtractionLimits}), structured parses run on a bounded pool
 * of parse threads so the caller waits at most the time limit, and every failure is an
 * {@link ExtractionException} with a reason; a partly extracted document is never returned.
 *
 * <p>Thread-safe; build one and share it. Tika's detector and parsers are built once per
 * process, on the first structured file or on {@link #warmUp()}.
 */
public final class DocumentExtractor {

    private final ExtractionLimits limits;

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** The limits this extractor applies. */
    public ExtractionLimits limits() {
        return limits;
    }

    /** Builds Tika's detector and parsers now rather than on the first structured file (1–2 s). */
    public void warmUp() {
        TikaEngine.shared();
    }

    /** Extracts a file from disk; a file over the byte limit is not read. */
    public Document extract(Path file, TextSplit split) throws ExtractionException, IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw tooLarge(name, size);
        }
        return extract(name, Files.readAllBytes(file), split);
    }

    /**
     * Extracts an uploaded file's bytes.
     *
     * @param fileName the file's name; its extension helps tell the format
     * @param split    how plain text is cut into paragraphs (ignored for other formats)
     */
    public Document extract(String fileName, byte[] bytes, TextSplit split) throws ExtractionException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(split, "split");
        if (bytes.length == 0) {
            throw new ExtractionException(ExtractionFailure.EMPTY, fileName, "0 bytes");
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(fileName, bytes.length);
        }
        return switch (FileTypes.reading(fileName, bytes)) {
            case PLAIN_TEXT -> plainText(fileName, "text/plain", bytes, split);
            case MARKDOWN -> guarded(fileName, guard -> markdown(fileName, bytes));
            case DETECT -> guarded(fileName, guard -> detected(fileName, bytes, split, guard));
        };
    }

    /** A pasted text, cut into paragraphs by {@code split}. */
    public Document fromText(String name, String text, TextSplit split) throws ExtractionException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(split, "split");
        return textDocument(name, "text/plain", text, split);
    }

    /** Detection, checks and parsing of an untrusted file, on a parse thread within the time limit. */
    private Document detected(String fileName, byte[] bytes, TextSplit split, ParseGuard guard)
            throws ExtractionException {
        MediaType type = detect(fileName, bytes);
        String base = type.getBaseType().toString();
        if (base.equals("text/plain")) {
            return plainText(fileName, base, bytes, split);
        }
        if (FileTypes.isMarkdown(base)) {
            return markdown(fileName, bytes);
        }
        if (TikaEngine.shared().supports(type)) {
            Integrity.check(fileName, base, bytes, guard);
            return TikaExtraction.extract(fileName, bytes, type, limits, guard);
        }
        ExtractionFailure failure = FileTypes.claimsSupportedFormat(fileName)
                ? ExtractionFailure.CORRUPT : ExtractionFailure.UNSUPPORTED;
        throw new ExtractionException(failure, fileName, "content is " + base);
    }

    private Document guarded(String fileName, GuardedWork work) throws ExtractionException {
        ParseGuard guard = new ParseGuard();
        try {
            return ParseRunner.shared().run(() -> work.run(guard), limits.timeout(), guard);
        } catch (TimeoutException e) {
            throw new ExtractionException(ExtractionFailure.TIMEOUT, fileName,
                    "over " + limits.timeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionFailure.TIMEOUT, fileName, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionException failure) {
                throw failure;
            }
            throw Failures.translate(fileName, e.getCause(), guard);
        }
    }

    /** Extraction work that runs on a parse thread. */
    @FunctionalInterface
    private interface GuardedWork {
        Document run(ParseGuard guard) throws ExtractionException;
    }

    private static MediaType detect(String fileName, byte[] bytes) throws ExtractionException {
        try {
            return TikaEngine.shared().detect(fileName, bytes);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, fileName, String.valueOf(e.getMessage()), e);
        }
    }

    private Document plainText(String fileName, String mediaType, byte[] bytes, TextSplit split)
            throws ExtractionException {
        return textDocument(fileName, mediaType, decodeText(fileName, bytes), split);
    }

    private Document textDocument(String name, String mediaType, String text, TextSplit split)
            throws ExtractionException {
        checkCharacters(name, text);
        List<String> paragraphs = PlainTextSplitter.split(text, split);
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            blocks.add(new Block(paragraph, ParagraphKind.BODY));
        }
        return Paragraphs.assemble(new DocumentInfo(name, mediaType, "", ""), blocks, limits);
    }

    private Document markdown(String fileName, byte[] bytes) throws ExtractionException {
        String text = decodeText(fileName, bytes);
        checkCharacters(fileName, text);
        return Paragraphs.assemble(new DocumentInfo(fileName, "text/markdown", "", ""),
                MarkdownBlocks.read(text), limits);
    }

    private static String decodeText(String fileName, byte[] bytes) throws ExtractionException {
        return TextDecoder.decode(bytes).orElseThrow(
                () -> new ExtractionException(ExtractionFailure.CORRUPT, fileName, "binary data, not text"));
    }

    private void checkCharacters(String name, String text) throws ExtractionException {
        if (text.length() > limits.maxCharacters()) {
            throw new ExtractionException(ExtractionFailure.TOO_MUCH_TEXT, name,
                    text.length() + " characters, the limit is " + limits.maxCharacters());
        }
    }

    private ExtractionException tooLarge(String name, long size) {
        return new ExtractionException(ExtractionFailure.TOO_LARGE, name,
                size + " bytes, the limit is " + limits.maxBytes());
    }
}
