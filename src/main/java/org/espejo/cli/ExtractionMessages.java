package org.espejo.cli;

import org.espejo.ingest.ExtractionException;
import org.espejo.ingest.ExtractionLimits;

/** Plain English for each extraction failure, as the command line prints it. */
final class ExtractionMessages {

    private ExtractionMessages() {
    }

    static String of(ExtractionException e, ExtractionLimits limits) {
        String message = switch (e.failure()) {
            case EMPTY -> "the file is empty";
            case NO_TEXT -> "the file has no text (is it a scanned PDF, or blank?)";
            case UNSUPPORTED -> "Espejo does not read this kind of file "
                    + "(it reads .docx, .doc, .odt, .rtf, .pdf, .html, .epub, .md and .txt)";
            case CORRUPT -> "the file is damaged, or is not the kind of file its name says";
            case ENCRYPTED -> "the file is protected by a password; save a copy without one and try again";
            case TOO_LARGE -> "the file is larger than the limit of " + limits.maxBytes() / (1024 * 1024) + " MB";
            case TOO_MUCH_TEXT -> "the file has more text than the limit of " + limits.maxCharacters() + " characters";
            case PARAGRAPH_TOO_LONG -> "a paragraph is longer than the limit of " + limits.maxParagraphCharacters()
                    + " characters; is the text on one single line?";
            case TIMEOUT -> "reading the file took longer than the limit of " + limits.timeout().toSeconds() + " s";
            case EMBEDDED_LIMIT -> "the file looks built to exhaust the reader (it expands far beyond its size, "
                    + "holds too many embedded documents, or nests too deeply)";
        };
        return e.detail().isEmpty() ? message : message + " [" + e.failure() + ": " + e.detail() + "]";
    }
}
