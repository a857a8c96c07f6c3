package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    static Stream<Arguments> dirtyTexts() {
        return Stream.of(
                Arguments.of("gober\u00ADnador", "gobernador"),
                Arguments.of("la\u00A0ínsula", "la ínsula"),
                Arguments.of("uno\u200Bdos\u2060tres\uFEFF", "unodostres"),
                Arguments.of("Corazo\u0301n", "Corazón"),
                Arguments.of("  dos   espacios\t y\ntabulador  ", "dos espacios y tabulador"),
                Arguments.of("\u2003em\u2009thin\u202Fnarrow", "em thin narrow"),
                Arguments.of("ﬁn de la ﬂor", "fin de la flor"),
                Arguments.of("campana\u0007 y control\u0085", "campana y control"));
    }

    @ParameterizedTest
    @MethodSource("dirtyTexts")
    void invisible_and_space_characters_are_normalised(String raw, String clean) {
        assertThat(TextCleaner.clean(raw)).isEqualTo(clean);
    }

    @Test
    void clean_text_is_returned_unchanged() {
        String text = "«¿Qué dices?» —preguntó el señor… “¡Ñandú!” 1.000,50 €";

        assertThat(TextCleaner.clean(text)).isSameAs(text);
    }

    @Test
    void text_with_nothing_visible_is_blank() {
        assertThat(TextCleaner.isBlank(" \u00A0\u200B\t")).isTrue();
        assertThat(TextCleaner.clean(" \u00A0\u200B\t")).isEmpty();
        assertThat(TextCleaner.isBlank(" x ")).isFalse();
    }
}
