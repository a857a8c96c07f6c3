package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

class ParseGuardTest {

    @Test
    void a_stopped_parse_fails_at_its_next_sax_event() throws Exception {
        ParseGuard guard = new ParseGuard();
        BlockCollector collector = new BlockCollector(ExtractionLimits.DEFAULT, guard, false);
        collector.startElement("", "body", "body", new AttributesImpl());
        collector.characters("antes".toCharArray(), 0, 5);

        guard.stop(ExtractionFailure.TIMEOUT, "over 60 s");

        assertThatThrownBy(() -> collector.characters("después".toCharArray(), 0, 7))
                .isInstanceOfSatisfying(ParseGuard.StopParsing.class,
                        stop -> assertThat(stop.failure()).isEqualTo(ExtractionFailure.TIMEOUT));
        assertThatThrownBy(() -> collector.endElement("", "body", "body")).isInstanceOf(ParseGuard.StopParsing.class);
    }

    @Test
    void a_stopped_parse_fails_at_its_next_read_of_the_input() throws Exception {
        ParseGuard guard = new ParseGuard();
        InputStream in = guard.guard(new ByteArrayInputStream(new byte[100]));
        assertThat(in.read()).isZero();

        guard.stop(ExtractionFailure.TIMEOUT, "over 60 s");

        assertThatThrownBy(in::read).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> in.read(new byte[10], 0, 10)).isInstanceOf(IOException.class);
    }

    @Test
    void the_first_reason_wins() {
        ParseGuard guard = new ParseGuard();

        guard.stop(ExtractionFailure.EMBEDDED_LIMIT, "too many");
        guard.stop(ExtractionFailure.TIMEOUT, "late");

        assertThat(guard.reason()).hasValueSatisfying(r -> assertThat(r.failure()).isEqualTo(ExtractionFailure.EMBEDDED_LIMIT));
    }

    @Test
    void the_collector_stops_the_parse_at_the_character_limit() throws Exception {
        ParseGuard guard = new ParseGuard();
        BlockCollector collector = new BlockCollector(ExtractionLimits.DEFAULT.withMaxCharacters(10), guard, false);
        collector.startElement("", "body", "body", new AttributesImpl());
        collector.characters("0123456789".toCharArray(), 0, 10);

        assertThatThrownBy(() -> collector.characters("x".toCharArray(), 0, 1)).isInstanceOf(ParseGuard.StopParsing.class);
        assertThat(guard.reason()).hasValueSatisfying(r -> assertThat(r.failure()).isEqualTo(ExtractionFailure.TOO_MUCH_TEXT));
    }

    @Test
    void more_embedded_documents_than_the_limit_stop_the_parse() {
        ParseGuard guard = new ParseGuard();
        SkippedEmbeddedDocuments embedded = new SkippedEmbeddedDocuments(guard);
        for (int i = 0; i < SkippedEmbeddedDocuments.MAX_EMBEDDED; i++) {
            assertThat(embedded.shouldParseEmbedded(new org.apache.tika.metadata.Metadata())).isFalse();
        }
        assertThat(guard.reason()).isEmpty();

        assertThatThrownBy(() -> embedded.shouldParseEmbedded(new org.apache.tika.metadata.Metadata()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(guard.reason()).hasValueSatisfying(r -> assertThat(r.failure()).isEqualTo(ExtractionFailure.EMBEDDED_LIMIT));
    }
}
