package org.espejo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.xml.sax.SAXException;

/**
 * The one place a running parse is told to stop, and why: by the caller when the time limit
 * passes, or by the collector or the embedded-document counter when a limit is crossed. The
 * parse notices at its next SAX event or its next read of the input ({@link #guard(InputStream)})
 * and ends with {@link StopParsing}. The first reason given wins. Thread-safe.
 */
final class ParseGuard {

    private volatile StopParsing stop;

    /** Asks the parse to stop for {@code failure}; keeps an earlier reason if there is one. */
    synchronized void stop(ExtractionFailure failure, String detail) {
        if (stop == null) {
            stop = new StopParsing(failure, detail);
        }
    }

    /** Throws the stop reason once one was given. */
    void check() throws StopParsing {
        StopParsing reason = stop;
        if (reason != null) {
            throw reason;
        }
    }

    /** Like {@link #check()}, for code that may only throw {@link IOException}. */
    void checkRead() throws IOException {
        StopParsing reason = stop;
        if (reason != null) {
            throw new IOException("parse stopped: " + reason.getMessage(), reason);
        }
    }

    /** Stops for {@code failure} at once. */
    StopParsing stopNow(ExtractionFailure failure, String detail) {
        stop(failure, detail);
        return stop;
    }

    /** The reason the parse was stopped, if it was. */
    Optional<StopParsing> reason() {
        return Optional.ofNullable(stop);
    }

    /** {@code in}, failing its next read once the parse is stopped. */
    InputStream guard(InputStream in) {
        return new GuardedStream(in);
    }

    /** A parse stopped on purpose: carries the failure to report. */
    static final class StopParsing extends SAXException {

        private static final long serialVersionUID = 1L;

        private final transient ExtractionFailure failure;
        private final String detail;

        StopParsing(ExtractionFailure failure, String detail) {
            super(failure + ": " + detail);
            this.failure = failure;
            this.detail = detail;
        }

        ExtractionFailure failure() {
            return failure;
        }

        String detail() {
            return detail;
        }
    }

    private final class GuardedStream extends java.io.FilterInputStream {

        GuardedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            checkRead();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            checkRead();
            return super.read(b, off, len);
        }

        @Override
        public long skip(long n) throws IOException {
            checkRead();
            return super.skip(n);
        }

    }
}
