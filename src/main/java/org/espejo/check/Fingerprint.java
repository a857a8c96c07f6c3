package org.espejo.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.espejo.text.Folding;

/**
 * The content fingerprint of a finding: a hash of its type, its rule and the normalised texts
 * involved (case, accents, punctuation and spacing ignored), never of row numbers.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(CheckType type, String rule, String... content) {
        StringBuilder sb = new StringBuilder(type.id()).append('\u0001').append(rule);
        for (String part : content) {
            sb.append('\u0001').append(normalise(part));
        }
        return HexFormat.of().formatHex(sha256(sb.toString()), 0, 12);
    }

    /** Folded, letters and digits only, single spaces. */
    static String normalise(String text) {
        String folded = Folding.fold(text);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
