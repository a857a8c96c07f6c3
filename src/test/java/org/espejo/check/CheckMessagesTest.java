package org.espejo.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CheckMessagesTest {

    @Test
    void spanish_and_english_check_bundles_have_the_same_keys() throws IOException {
        assertThat(load("/i18n/checks_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/i18n/checks.properties").stringPropertyNames());
    }

    @Test
    void every_message_is_a_valid_pattern_without_a_straight_apostrophe() throws IOException {
        for (String bundle : new String[] {"/i18n/checks.properties", "/i18n/checks_es.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern).as(bundle + " " + key).isNotBlank().doesNotContain("'");
                assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3}))
                        .as(bundle + " " + key).doesNotContain("{");
            }
        }
    }

    @Test
    void every_check_type_severity_and_language_has_a_name() throws IOException {
        Properties english = load("/i18n/checks.properties");
        for (CheckType type : CheckType.values()) {
            assertThat(english).containsKey("type." + type.id());
        }
        for (Severity severity : Severity.values()) {
            assertThat(english).containsKey("severity." + severity.name());
        }
        for (org.espejo.text.Lang lang : org.espejo.text.Lang.values()) {
            assertThat(english).containsKey("lang." + lang.code());
        }
    }

    @Test
    void a_finding_is_rendered_in_spanish_and_english() {
        Finding f = TestStories.run(CheckType.NUMBERS,
                TestStories.parallel(java.util.List.of("Murieron 15 personas."), java.util.List.of("16 people died."))).get(0);
        assertThat(FindingMessages.english().message(f)).isEqualTo("The numbers differ: “15” on the left, “16” on the right.");
        assertThat(FindingMessages.forLocale(Locale.forLanguageTag("es-MX")).message(f))
                .isEqualTo("Los números no coinciden: «15» a la izquierda, «16» a la derecha.");
    }

    static Properties load(String path) throws IOException {
        try (InputStream in = CheckMessagesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
