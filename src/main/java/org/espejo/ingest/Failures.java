package org.espejo.ingest;

import java.util.Locale;
import org.apache.poi.OldFileFormatException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Names the {@link ExtractionFailure} behind whatever a parse threw. A reason given to the
 * {@link ParseGuard} wins (parsers often wrap or swallow the exception that stopped them); then
 * the cause chain is searched for a password, an empty file, a bomb (Tika's and POI's zip-bomb
 * guards, nesting that overflows the stack), an old format or exhausted memory; anything else
 * is a damaged file. Stateless.
 */
final class Failures {

    private Failures() {
    }

    static ExtractionException translate(String fileName, Throwable thrown, ParseGuard guard) {
        if (thrown instanceof ExtractionException known) {
            return known;
        }
        if (guard.reason().isPresent()) {
            ParseGuard.StopParsing stop = guard.reason().get();
            return new ExtractionException(stop.failure(), fileName, stop.detail(), thrown);
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ExtractionFailure failure = failureOf(t);
            if (failure != null) {
                return new ExtractionException(failure, fileName, describe(t), thrown);
            }
        }
        return new ExtractionException(ExtractionFailure.CORRUPT, fileName, describe(rootOf(thrown)), thrown);
    }

    private static ExtractionFailure failureOf(Throwable t) {
        if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
            return ExtractionFailure.ENCRYPTED;
        }
        if (t instanceof ZeroByteFileException) {
            return ExtractionFailure.EMPTY;
        }
        if (t instanceof WriteLimitReachedException) {
            return ExtractionFailure.TOO_MUCH_TEXT;
        }
        if (t instanceof StackOverflowError || t instanceof TikaMemoryLimitException || mentionsBomb(t)) {
            return ExtractionFailure.EMBEDDED_LIMIT;
        }
        if (t instanceof OutOfMemoryError) {
            return ExtractionFailure.TOO_LARGE;
        }
        if (t instanceof OldFileFormatException) {
            return ExtractionFailure.UNSUPPORTED;
        }
        return null;
    }

    private static boolean mentionsBomb(Throwable t) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String text = t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
