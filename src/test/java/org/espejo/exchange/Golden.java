package org.espejo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an export with its golden file under {@code src/test/resources/exchange/golden/}.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change,
 * then review the diff before committing it.
 */
final class Golden {

    private static final Path DIR = Path.of("src", "test", "resources", "exchange", "golden");

    private Golden() {
    }

    static void assertMatches(String fileName, String actual) throws IOException {
        Path file = DIR.resolve(fileName);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
