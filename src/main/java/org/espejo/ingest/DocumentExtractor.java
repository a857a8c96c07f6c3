package org.espejo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.espejo.text.Document;
import org.espejo.text.DocumentInfo;
import org.espejo.text.Paragraph;
import org.xml.sax.SAXException;

/**
 * Turns a file or a pasted text into a {@link Document} of paragraphs, with Apache Tika.
 * Plain text is decoded with Tika's charset detection and cut into paragraphs by
 * {@link TextSplit}; every other format goes through Tika's structured XHTML output, where
 * each block element (paragraph, heading, list item, table cell, quote) becomes a paragraph.
 * Thread-safe; build one and share it.
 */
public final class DocumentExtractor {

    private static final ExecutorService PARSE_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "espejo-extract");
        t.setDaemon(true);
        return t;
    });

    private final ExtractionLimits limits;

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Extracts a file from disk. */
    public Document extract(Path file, TextSplit split) throws ExtractionException, IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new ExtractionException(ExtractionFailure.TOO_LARGE, name, size + " bytes");
        }
        return extract(name, Files.readAllBytes(file), split);
    }

    /** Extracts an uploaded file's bytes. */
    public Document extract(String fileName, byte[] bytes, TextSplit split) throws ExtractionException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(split, "split");
        if (bytes.length == 0) {
            throw new ExtractionException(ExtractionFailure.EMPTY, fileName, null);
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ExtractionException(ExtractionFailure.TOO_LARGE, fileName, bytes.length + " bytes");
        }
        MediaType type = detect(fileName, bytes);
        if (isPlainText(type)) {
            return withText(fileName, type, decode(fileName, bytes), split);
        }
        return parseStructured(fileName, bytes, type);
    }

    /** A pasted text, cut into paragraphs by {@code split}. */
    public Document fromText(String name, String text, TextSplit split) throws ExtractionException {
        return withText(name, MediaType.TEXT_PLAIN, text, split);
    }

    private Document withText(String name, MediaType type, String text, TextSplit split) throws ExtractionException {
        if (text.length() > limits.maxCharacters()) {
            throw new ExtractionException(ExtractionFailure.TOO_MUCH_TEXT, name, text.length() + " characters");
        }
        List<String> blocks = PlainTextSplitter.split(text, split);
        return document(new DocumentInfo(name, type.getBaseType().toString(), "", ""), blocks.stream()
                .map(b -> new Block(b, org.espejo.text.ParagraphKind.BODY)).toList());
    }

    private static boolean isPlainText(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("text/plain") || base.equals("text/markdown") || base.equals("text/x-web-markdown");
    }

    private static MediaType detect(String fileName, byte[] bytes) throws ExtractionException {
        Detector detector = new DefaultDetector();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, fileName, e.getMessage(), e);
        }
    }

    private static String decode(String fileName, byte[] bytes) throws ExtractionException {
        try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder(bytes.length);
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                sb.append(buffer, 0, n);
            }
            return sb.toString();
        } catch (IOException | TikaException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, fileName, e.getMessage(), e);
        }
    }

    private Document parseStructured(String fileName, byte[] bytes, MediaType type) throws ExtractionException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BlockCollector collector = new BlockCollector(limits.maxCharacters());
        Future<?> parse = PARSE_THREADS.submit(() -> {
            Parser parser = new AutoDetectParser();
            try (InputStream in = TikaInputStream.get(bytes)) {
                parser.parse(in, collector, metadata, new ParseContext());
            }
            return null;
        });
        try {
            parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionException(ExtractionFailure.TIMEOUT, fileName, limits.timeout().toString());
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionFailure.TIMEOUT, fileName, "interrupted");
        } catch (ExecutionException e) {
            throw translate(fileName, e.getCause());
        }
        if (collector.overLimit()) {
            throw new ExtractionException(ExtractionFailure.TOO_MUCH_TEXT, fileName, null);
        }
        DocumentInfo info = new DocumentInfo(fileName, type.getBaseType().toString(),
                metadata.get(TikaCoreProperties.TITLE), metadata.get(TikaCoreProperties.CREATOR));
        if (collector.blocks().isEmpty() && type.equals(MediaType.OCTET_STREAM)) {
            throw new ExtractionException(ExtractionFailure.UNSUPPORTED, fileName, type.toString());
        }
        return document(info, collector.blocks());
    }

    private static ExtractionException translate(String fileName, Throwable cause) {
        if (cause instanceof EncryptedDocumentException) {
            return new ExtractionException(ExtractionFailure.ENCRYPTED, fileName, cause.getMessage(), cause);
        }
        if (cause instanceof ZeroByteFileException) {
            return new ExtractionException(ExtractionFailure.EMPTY, fileName, cause.getMessage(), cause);
        }
        if (cause instanceof TikaException || cause instanceof SAXException || cause instanceof IOException
                || cause instanceof RuntimeException) {
            return new ExtractionException(ExtractionFailure.CORRUPT, fileName, String.valueOf(cause.getMessage()), cause);
        }
        return new ExtractionException(ExtractionFailure.CORRUPT, fileName, String.valueOf(cause), cause);
    }

    private static Document document(DocumentInfo info, List<Block> blocks) throws ExtractionException {
        List<Paragraph> paragraphs = new java.util.ArrayList<>(blocks.size());
        for (Block block : blocks) {
            String text = TextCleaner.clean(block.text());
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(paragraphs.size(), text, block.kind()));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ExtractionException(ExtractionFailure.NO_TEXT, info.fileName(), null);
        }
        return new Document(info, paragraphs);
    }

    /** A block of text found by the collector, before clean-up. */
    record Block(String text, org.espejo.text.ParagraphKind kind) {
    }
}
