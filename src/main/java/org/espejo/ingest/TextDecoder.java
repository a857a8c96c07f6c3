package org.espejo.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Decodes the bytes of a text file. In order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
 * else bytes that are valid UTF-8 are UTF-8; else a regular pattern of zero bytes means UTF-16
 * without a mark; else Tika's charset detectors (juniversalchardet, then ICU4J) decide, with the
 * Latin-1 family settled as Windows-1252 when a byte in 0x80–0x9F is present (those bytes are
 * control codes in ISO-8859-1 but quotes and dashes in Windows-1252) and ISO-8859-1 otherwise.
 * Binary data is refused: NUL characters, or more than 1 % control codes (tabs, line and page
 * breaks aside). The common UTF-8 case touches no Tika class. Stateless.
 */
final class TextDecoder {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> LATIN_1_FAMILY = Set.of("ISO-8859-1", "windows-1252", "US-ASCII");
    private static final int SAMPLE = 65_536;

    private TextDecoder() {
    }

    /** The text the bytes encode, without a byte-order mark; empty when they are not text. */
    static Optional<String> decode(byte[] bytes) {
        String text = decodeAny(bytes);
        return text == null || hasControlCharacters(text) ? Optional.empty() : Optional.of(text);
    }

    private static String decodeAny(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return decode(bytes, 4, UTF_32BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return decode(bytes, 4, UTF_32LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return decode(bytes, 0, utf16);
        }
        return hasControlBytes(bytes) ? null : decode(bytes, 0, detected(bytes));
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 when at least a third of the sampled code units have a zero byte, all on one side. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int units = Math.min(bytes.length, SAMPLE) / 2;
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < units; i++) {
            boolean first = bytes[2 * i] == 0;
            boolean second = bytes[2 * i + 1] == 0;
            if (first && !second) {
                zeroHigh++;
            } else if (second && !first) {
                zeroLow++;
            }
        }
        if (units == 0) {
            return null;
        }
        if (zeroHigh * 3 >= units && zeroLow == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (zeroLow * 3 >= units && zeroHigh == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset detected(byte[] bytes) {
        Charset charset = detectWithTika(bytes);
        if (charset == null || LATIN_1_FAMILY.contains(charset.name())) {
            return hasWindows1252Bytes(bytes) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
        }
        return charset;
    }

    private static Charset detectWithTika(byte[] bytes) {
        try {
            Charset charset = new UniversalEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
            if (charset == null) {
                charset = new Icu4jEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
            }
            return charset;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean hasWindows1252Bytes(byte[] bytes) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** Whether more than 1 % of the sampled bytes are C0 control codes other than tab, breaks and escape. */
    private static boolean hasControlBytes(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            byte b = bytes[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 100 > n;
    }

    /** Whether the decoded text has a NUL or more than 1 % control characters in its sample. */
    private static boolean hasControlCharacters(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return controls * 100 > n;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
