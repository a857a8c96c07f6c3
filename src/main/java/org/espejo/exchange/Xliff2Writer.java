package org.espejo.exchange;

import static org.espejo.exchange.EspejoMetadata.XLIFF2_MDA_NS;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Bilingual XLIFF 2.1: one {@code <file>}, one {@code <unit>} per row, one {@code <segment>} per
 * sentence pair (with {@code <ignorable>} whitespace between them), state {@code final} for
 * reviewed rows ({@code subState="espejo:edited"} for edited ones) and {@code translated} for
 * automatic ones; a segment without target text stays {@code initial}. Confidence, status and
 * paragraph lengths go into the standard Metadata module, findings into {@code <notes>}.
 */
final class Xliff2Writer implements FormatWriter {

    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        XmlOutput xml = new XmlOutput(out).declaration();
        xml.start("xliff").defaultNamespace(NS).namespace("mda", XLIFF2_MDA_NS)
                .attribute("version", "2.1")
                .attribute("srcLang", options.sourceTag(document))
                .attribute("trgLang", options.targetTag(document));
        xml.start("file").attribute("id", "f1");
        if (!document.name().isBlank()) {
            xml.attribute("original", document.name());
            metadata(xml, EspejoMetadata.COMPARISON, document.name());
            xml.end().end();
        }
        int number = 0;
        int written = 0;
        for (BilingualRow row : document.rows()) {
            number++;
            if (options.accepts(row)) {
                unit(xml, row, number);
                written++;
            }
        }
        if (written == 0) {
            emptyUnit(xml);
        }
        xml.finish();
    }

    private static void unit(XmlOutput xml, BilingualRow row, int number) throws IOException {
        xml.start("unit").attribute("id", "u" + number).attribute("name", String.valueOf(number));
        xml.xmlAttribute("space", "preserve");
        metadata(xml, EspejoMetadata.CONFIDENCE, EspejoMetadata.confidence(row.confidence()));
        meta(xml, EspejoMetadata.STATUS, EspejoMetadata.status(row.status()));
        String sourceLengths = ParagraphLengths.encode(row.source());
        if (!sourceLengths.isEmpty()) {
            meta(xml, EspejoMetadata.SOURCE_PARAGRAPHS, sourceLengths);
        }
        String targetLengths = ParagraphLengths.encode(row.target());
        if (!targetLengths.isEmpty()) {
            meta(xml, EspejoMetadata.TARGET_PARAGRAPHS, targetLengths);
        }
        xml.end().end();
        if (!row.notes().isEmpty()) {
            xml.start("notes");
            for (String note : row.notes()) {
                xml.start("note").attribute("category", EspejoMetadata.FINDING_CATEGORY).text(note).end();
            }
            xml.end();
        }
        int segment = 0;
        for (UnitPieces.Piece piece : UnitPieces.of(row)) {
            if (piece.ignorable()) {
                xml.start("ignorable");
            } else {
                segment++;
                xml.start("segment").attribute("id", "s" + segment);
                state(xml, row, piece);
            }
            xml.textElement("source", piece.source());
            if (piece.ignorable() || !piece.target().isEmpty()) {
                xml.textElement("target", piece.target());
            }
            xml.end();
        }
        xml.end();
    }

    private static void state(XmlOutput xml, BilingualRow row, UnitPieces.Piece piece) throws IOException {
        if (piece.target().isEmpty()) {
            xml.attribute("state", "initial");
        } else if (row.status().isReviewed()) {
            xml.attribute("state", "final");
            if (row.status() == ReviewStatus.EDITED) {
                xml.attribute("subState", EspejoMetadata.EDITED_SUBSTATE);
            }
        } else {
            xml.attribute("state", "translated");
        }
    }

    /** Opens {@code mda:metadata/mda:metaGroup} and writes the first meta; the caller ends both. */
    private static void metadata(XmlOutput xml, String type, String value) throws IOException {
        xml.start("mda", "metadata", XLIFF2_MDA_NS);
        xml.start("mda", "metaGroup", XLIFF2_MDA_NS).attribute("category", EspejoMetadata.CATEGORY);
        meta(xml, type, value);
    }

    private static void meta(XmlOutput xml, String type, String value) throws IOException {
        xml.start("mda", "meta", XLIFF2_MDA_NS).attribute("type", type).text(value).end();
    }

    /** A file needs at least one unit: an empty, untranslatable one when no row is written. */
    private static void emptyUnit(XmlOutput xml) throws IOException {
        xml.start("unit").attribute("id", "empty").attribute("translate", "no");
        xml.start("segment").textElement("source", "").end();
        xml.end();
    }
}
