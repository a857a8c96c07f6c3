package org.espejo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void spanish_and_english_bundles_have_the_same_keys() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties spanish = load("/i18n/messages_es.properties");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void the_findings_bundles_have_the_same_keys_and_name_every_check() throws IOException {
        Properties english = load("/i18n/checks.properties");
        Properties spanish = load("/i18n/checks_es.properties");
        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (var type : org.espejo.check.CheckType.values()) {
            assertThat(english).containsKey("type." + type.id());
        }
    }

    @Test
    void no_message_is_empty_and_none_uses_a_straight_apostrophe() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_es.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(bundle + " " + key).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void every_problem_and_stage_has_a_message() throws IOException {
        Properties english = load("/i18n/messages.properties");
        for (var problem : org.espejo.workspace.Problem.values()) {
            assertThat(english).containsKey(problem.messageKey());
        }
        for (var stage : org.espejo.workspace.Progress.Stage.values()) {
            assertThat(english).containsKey("stage." + stage.name());
        }
        for (var lang : org.espejo.text.Lang.values()) {
            assertThat(english).containsKey("lang." + lang.code());
        }
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
