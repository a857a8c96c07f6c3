package org.espejo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.espejo.text.Span;
import org.junit.jupiter.api.Test;

class QuotedSpansTest {

    private static List<String> quotes(String text) {
        return QuotedSpans.in(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void curly_guillemet_german_and_straight_double_quotes_are_found() {
        assertThat(quotes("Dijo “hello there” y «bonjour» y „guten Tag“ y \"hi\"."))
                .containsExactly("hello there", "bonjour", "guten Tag", "hi");
    }

    @Test
    void only_the_outermost_quotation_counts() {
        assertThat(quotes("«Me dijo: “yes, sir” y se fue»")).containsExactly("Me dijo: “yes, sir” y se fue");
    }

    @Test
    void an_open_quotation_runs_to_the_end_and_apostrophes_are_not_quotes() {
        assertThat(quotes("He said, “I don't know what you mean")).containsExactly("I don't know what you mean");
        assertThat(quotes("It's the knight's horse")).isEmpty();
    }

    @Test
    void quoted_letters_and_the_quoted_part_of_a_sentence_are_measured_inside_it() {
        String text = "Dijo: “We will win.” Y se fue.";
        List<Span> quotes = QuotedSpans.in(text);
        Span firstSentence = new Span(0, 20);

        assertThat(QuotedSpans.quotedLetters(text, firstSentence, quotes)).isEqualTo(9);
        assertThat(QuotedSpans.quotedPart(firstSentence, quotes).of(text)).isEqualTo("We will win.");
        assertThat(QuotedSpans.quotedPart(new Span(21, 30), quotes)).isEqualTo(new Span(21, 30));
    }
}
