package org.espejo.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Bilingual XLIFF 1.2 (valid against the strict schema): one {@code <trans-unit>} per row, with
 * {@code <seg-source>} and {@code <mrk mtype="seg">} per sentence pair when the row has several,
 * {@code approved="yes"} and target state {@code final} for reviewed rows and {@code translated}
 * for automatic ones. Confidence, status and paragraph lengths go into {@code extradata}
 * ({@code confidence=0.930;status=automatic}), findings into {@code <note from="Espejo">}.
 */
final class Xliff12Writer implements FormatWriter {

    static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        XmlOutput xml = new XmlOutput(out).declaration();
        xml.start("xliff").defaultNamespace(NS).attribute("version", "1.2");
        xml.start("file")
                .attribute("original", document.name().isBlank() ? EspejoMetadata.TOOL_ID : document.name())
                .attribute("source-language", options.sourceTag(document))
                .attribute("target-language", options.targetTag(document))
                .attribute("datatype", "plaintext")
                .attribute("tool-id", EspejoMetadata.TOOL_ID);
        xml.start("header");
        xml.start("tool").attribute("tool-id", EspejoMetadata.TOOL_ID).attribute("tool-name", EspejoMetadata.TOOL_NAME)
                .attribute("tool-version", options.toolVersion()).end();
        xml.end();
        xml.start("body");
        int number = 0;
        for (BilingualRow row : document.rows()) {
            number++;
            if (options.accepts(row)) {
                transUnit(xml, row, number);
            }
        }
        xml.finish();
    }

    private static void transUnit(XmlOutput xml, BilingualRow row, int number) throws IOException {
        xml.start("trans-unit").attribute("id", String.valueOf(number));
        if (row.status().isReviewed()) {
            xml.attribute("approved", "yes");
        }
        xml.xmlAttribute("space", "preserve").attribute("extradata", extradata(row));
        xml.textElement("source", row.sourceText());
        List<UnitPieces.Piece> pieces = UnitPieces.of(row);
        boolean segmented = pieces.size() > 1;
        if (segmented) {
            xml.start("seg-source");
            marks(xml, pieces, true);
            xml.end();
        }
        if (!row.target().isEmpty()) {
            xml.start("target").attribute("state", row.status().isReviewed() ? "final" : "translated");
            if (row.status() == ReviewStatus.EDITED) {
                xml.attribute("state-qualifier", "x-espejo-edited");
            }
            if (segmented) {
                marks(xml, pieces, false);
            } else {
                xml.text(row.targetText());
            }
            xml.end();
        }
        for (String note : row.notes()) {
            xml.start("note").attribute("from", EspejoMetadata.TOOL_NAME).text(note).end();
        }
        xml.end();
    }

    private static void marks(XmlOutput xml, List<UnitPieces.Piece> pieces, boolean source) throws IOException {
        int mid = 0;
        for (UnitPieces.Piece piece : pieces) {
            String text = source ? piece.source() : piece.target();
            if (piece.ignorable()) {
                xml.text(text);
            } else {
                mid++;
                xml.startInline("mrk").attribute("mtype", "seg").attribute("mid", String.valueOf(mid)).text(text).end();
            }
        }
    }

    private static String extradata(BilingualRow row) {
        StringBuilder sb = new StringBuilder()
                .append(EspejoMetadata.CONFIDENCE).append('=').append(EspejoMetadata.confidence(row.confidence()))
                .append(';').append(EspejoMetadata.STATUS).append('=').append(EspejoMetadata.status(row.status()));
        String sourceLengths = ParagraphLengths.encode(row.source());
        if (!sourceLengths.isEmpty()) {
            sb.append(';').append(EspejoMetadata.SOURCE_PARAGRAPHS).append('=').append(sourceLengths);
        }
        String targetLengths = ParagraphLengths.encode(row.target());
        if (!targetLengths.isEmpty()) {
            sb.append(';').append(EspejoMetadata.TARGET_PARAGRAPHS).append('=').append(targetLengths);
        }
        return sb.toString();
    }
}
