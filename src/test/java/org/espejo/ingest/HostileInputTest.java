package org.espejo.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.espejo.text.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile files through the path the web UI uses
 * ({@code extract(fileName, bytes, AUTO)}): each must end in its own typed failure, never in
 * a partial document, a hang or a crash of the extractor. The time limit here is 20 s, so a
 * parse that hung would come out as TIMEOUT and fail its case; no timing is asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    private static final ExtractionLimits LIMITS = ExtractionLimits.DEFAULT.withTimeout(Duration.ofSeconds(20));
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(LIMITS);

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("empty.docx", () -> new byte[0], ExtractionFailure.EMPTY),
                hostile("empty.txt", () -> new byte[0], ExtractionFailure.EMPTY),
                hostile("blank.txt", () -> " \n\n\t \u00A0\n".getBytes(), ExtractionFailure.NO_TEXT),
                hostile("random.docx", () -> HostileFiles.random(65_536, 1), ExtractionFailure.CORRUPT),
                hostile("random.pdf", () -> HostileFiles.random(65_536, 2), ExtractionFailure.CORRUPT),
                hostile("random.doc", () -> HostileFiles.random(65_536, 3), ExtractionFailure.CORRUPT),
                hostile("random.odt", () -> HostileFiles.random(65_536, 4), ExtractionFailure.CORRUPT),
                hostile("random.txt", () -> HostileFiles.random(65_536, 5), ExtractionFailure.CORRUPT),
                hostile("random.bin", () -> HostileFiles.random(65_536, 6), ExtractionFailure.UNSUPPORTED),
                hostile("text-with-nul.txt", HostileFiles::textWithNulBytes, ExtractionFailure.CORRUPT),
                hostile("half.docx", () -> HostileFiles.truncated(HostileFiles.docx(), 0.5), ExtractionFailure.CORRUPT),
                hostile("head.docx", () -> HostileFiles.truncated(HostileFiles.docx(), 0.02), ExtractionFailure.CORRUPT),
                hostile("half.odt", () -> HostileFiles.truncated(HostileFiles.odt(), 0.5), ExtractionFailure.CORRUPT),
                hostile("half.epub", () -> HostileFiles.truncated(HostileFiles.epub(), 0.5), ExtractionFailure.CORRUPT),
                hostile("half.pdf", () -> HostileFiles.truncated(HostileFiles.pdf(), 0.5), ExtractionFailure.CORRUPT),
                hostile("half.doc", () -> HostileFiles.truncated(HostileFiles.doc(), 0.5), ExtractionFailure.CORRUPT),
                hostile("half.rtf", () -> HostileFiles.truncated(HostileFiles.rtf(), 0.5), ExtractionFailure.CORRUPT),
                hostile("no-body.docx", HostileFiles::docxWithoutBody, ExtractionFailure.CORRUPT),
                hostile("malformed-xml.docx", HostileFiles::docxWithMalformedXml, ExtractionFailure.CORRUPT),
                hostile("billion-laughs.docx", HostileFiles::docxBillionLaughs, ExtractionFailure.CORRUPT),
                hostile("truncated.epub", () -> HostileFiles.truncated(HostileFiles.epub(), 0.9), ExtractionFailure.CORRUPT),
                hostile("truncated.pdf", () -> HostileFiles.truncated(HostileFiles.longPdf(5), 0.9), ExtractionFailure.CORRUPT),
                hostile("password.docx", () -> new DocxBuilder().paragraph("Secreto.").encryptedBytes("clave"),
                        ExtractionFailure.ENCRYPTED),
                hostile("password.pdf", () -> new PdfBuilder().page("Secreto.").encryptedBytes("clave"),
                        ExtractionFailure.ENCRYPTED),
                hostile("zip-bomb.docx", () -> HostileFiles.docxZipBomb(100), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("zip-bomb.odt", () -> HostileFiles.odtZipBomb(100), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("zip-bomb.epub", () -> HostileFiles.epubZipBomb(100), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("many-pictures.odt", () -> HostileFiles.odtWithPictures(10_050), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("nested.html", () -> HostileFiles.deeplyNestedHtml(100_000), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("nested.rtf", () -> HostileFiles.deeplyNestedRtf(100_000), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("nested-lists.odt", () -> HostileFiles.deeplyNestedOdtLists(5_000), ExtractionFailure.EMBEDDED_LIMIT),
                hostile("one-line.txt", () -> HostileFiles.hugeLine(5_000_000), ExtractionFailure.PARAGRAPH_TOO_LONG),
                hostile("one-paragraph.html", () -> HostileFiles.htmlWithHugeParagraph(3_000_000),
                        ExtractionFailure.PARAGRAPH_TOO_LONG),
                hostile("empty-paragraphs.html", () -> HostileFiles.htmlWithOnlyEmptyParagraphs(200_000),
                        ExtractionFailure.NO_TEXT),
                hostile("blank-pages.pdf", HostileFiles::pdfWithoutText, ExtractionFailure.NO_TEXT),
                hostile("picture.png", HostileFiles::png, ExtractionFailure.UNSUPPORTED),
                hostile("picture.docx", HostileFiles::png, ExtractionFailure.CORRUPT),
                hostile("sheet.xlsx", HostileFiles::xlsx, ExtractionFailure.UNSUPPORTED),
                hostile("archive.zip", HostileFiles::plainZip, ExtractionFailure.UNSUPPORTED));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("hostileFiles")
    @Order(1)
    void each_hostile_file_gives_its_typed_failure(String fileName, Callable<byte[]> content, ExtractionFailure expected)
            throws Exception {
        byte[] bytes = content.call();

        ExtractionException failure = catchThrowableOfType(ExtractionException.class,
                () -> EXTRACTOR.extract(fileName, bytes, TextSplit.AUTO));

        assertThat(failure).as("%s must fail", fileName).isNotNull();
        assertThat(failure.failure()).as("%s: %s", fileName, failure.getMessage()).isEqualTo(expected);
        assertThat(failure.fileName()).isEqualTo(fileName);
    }

    @Test
    @Order(2)
    void an_external_entity_is_never_resolved() throws Exception {
        Document document = EXTRACTOR.extract("external-entity.odt", HostileFiles.odtExternalEntity(), TextSplit.AUTO);

        assertThat(document.texts()).containsExactly("Un texto.");
    }

    @Test
    @Order(2)
    void files_over_the_byte_limit_are_refused_before_parsing() {
        DocumentExtractor small = new DocumentExtractor(LIMITS.withMaxBytes(1000));

        assertFailure(small, "big.txt", "a".repeat(1001).getBytes(), ExtractionFailure.TOO_LARGE);
        assertFailure(small, "big.docx", HostileFiles.docx(), ExtractionFailure.TOO_LARGE);
    }

    @Test
    @Order(2)
    void documents_over_the_character_limit_are_refused() {
        DocumentExtractor small = new DocumentExtractor(LIMITS.withMaxCharacters(100));

        assertFailure(small, "long.txt", "Una frase corta.\n\n".repeat(20).getBytes(), ExtractionFailure.TOO_MUCH_TEXT);
        assertFailure(small, "long.docx", HostileFiles.docx(), ExtractionFailure.TOO_MUCH_TEXT);
        assertFailure(small, "long.pdf", HostileFiles.longPdf(2), ExtractionFailure.TOO_MUCH_TEXT);
    }

    @Test
    @Order(2)
    void a_parse_over_the_time_limit_ends_with_a_timeout_and_then_stops() throws Exception {
        DocumentExtractor hasty = new DocumentExtractor(LIMITS.withTimeout(Duration.ofMillis(1)));

        assertFailure(hasty, "long.pdf", HostileFiles.longPdf(30), ExtractionFailure.TIMEOUT);
        assertFailure(hasty, "long.html", HostileFiles.htmlWithOnlyEmptyParagraphs(500_000), ExtractionFailure.TIMEOUT);

        assertThat(parseThreadsIdleWithin(Duration.ofSeconds(60)))
                .as("the stopped parses give their threads back (they would run for seconds otherwise)")
                .isTrue();
    }

    private static boolean parseThreadsIdleWithin(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (ParseRunner.shared().busyThreads() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Test
    @Order(3)
    void after_all_of_them_the_extractor_still_serves() throws Exception {
        Document document = EXTRACTOR.extract("cuento.docx", HostileFiles.docx(), TextSplit.AUTO);

        assertThat(document.texts()).startsWith("Capítulo uno");
        assertThat(EXTRACTOR.extract("cuento.pdf", HostileFiles.pdf(), TextSplit.AUTO).texts()).containsExactly(
                "En un lugar de la Mancha, de cuyo nombre no quiero acordarme.",
                "No ha mucho tiempo que vivía un hidalgo.");
    }

    private static void assertFailure(DocumentExtractor extractor, String name, byte[] bytes, ExtractionFailure expected) {
        ExtractionException failure = catchThrowableOfType(ExtractionException.class,
                () -> extractor.extract(name, bytes, TextSplit.AUTO));
        assertThat(failure).as("%s must fail", name).isNotNull();
        assertThat(failure.failure()).as("%s: %s", name, failure.getMessage()).isEqualTo(expected);
    }

    private static Arguments hostile(String name, Callable<byte[]> content, ExtractionFailure expected) {
        return Arguments.of(name, content, expected);
    }
}
