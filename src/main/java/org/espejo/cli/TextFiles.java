package org.espejo.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.espejo.ingest.DocumentExtractor;
import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;
import org.espejo.ingest.TextSplit;
import org.espejo.text.Document;

/**
 * Reads input files for the command line through {@link DocumentExtractor}. A {@code .txt}
 * file that is valid UTF-8 goes straight to {@link DocumentExtractor#fromText}, which splits
 * and cleans it exactly as {@code extract} does for plain text, without starting Tika's type
 * and charset detection (which costs seconds of start-up); anything else goes through
 * {@link DocumentExtractor#extract(Path, TextSplit)}.
 */
final class TextFiles {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ExtractionLimits.DEFAULT);

    private TextFiles() {
    }

    static Document read(Path file, TextSplit split) throws IOException, ExtractionException {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt") && Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > 0 && size <= ExtractionLimits.DEFAULT.maxBytes()) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    String text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    return EXTRACTOR.fromText(name, text, split);
                } catch (CharacterCodingException notUtf8) {
                    return EXTRACTOR.extract(name, bytes, split);
                }
            }
        }
        return EXTRACTOR.extract(file, split);
    }
}
