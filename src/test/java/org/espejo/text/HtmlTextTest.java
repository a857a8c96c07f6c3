package org.espejo.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markup_characters_become_entities_and_everything_else_stays() {
        assertThat(HtmlText.escape("<b class=\"x\">Tom & Jerry's «niño»</b>"))
                .isEqualTo("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s «niño»&lt;/b&gt;");
    }

    @Test
    void an_ampersand_already_in_an_entity_is_escaped_again() {
        assertThat(HtmlText.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
