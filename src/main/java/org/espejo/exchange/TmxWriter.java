package org.espejo.exchange;

import static org.espejo.exchange.EspejoMetadata.TMX_PREFIX;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * TMX 1.4b. The header names Espejo, the segment type, the source language and
 * {@code datatype="plaintext"}; the body has one {@code <tu>} per row (or per sentence pair with
 * {@link Segtype#SENTENCE}) whose {@code <prop>}s carry the row number, confidence, review status
 * and comparison name, whose {@code <note>}s carry the findings, and whose two {@code <tuv>}s
 * carry the texts. A 1-0 row has only the source variant, so a translation memory learns no
 * empty translation from it; a 0-1 row has an empty source segment, because TMX readers expect
 * every unit to have a variant in {@code srclang}. No DOCTYPE is written: some readers would
 * try to fetch the DTD.
 */
final class TmxWriter implements FormatWriter {

    @Override
    public void write(BilingualDocument document, ExportOptions options, OutputStream out) throws IOException {
        String srcLang = options.sourceTag(document);
        String trgLang = options.targetTag(document);
        XmlOutput xml = new XmlOutput(out).declaration();
        xml.start("tmx").attribute("version", "1.4");
        xml.start("header")
                .attribute("creationtool", EspejoMetadata.TOOL_NAME)
                .attribute("creationtoolversion", options.toolVersion())
                .attribute("segtype", options.segtype().tmxValue())
                .attribute("o-tmf", EspejoMetadata.TOOL_NAME)
                .attribute("adminlang", "en")
                .attribute("srclang", srcLang)
                .attribute("datatype", "plaintext");
        prop(xml, EspejoMetadata.COMPARISON, document.name());
        xml.end();
        xml.start("body");
        int number = 0;
        for (BilingualRow row : document.rows()) {
            number++;
            if (!options.accepts(row)) {
                continue;
            }
            if (options.segtype() == Segtype.SENTENCE) {
                writeSentences(xml, document, row, number, srcLang, trgLang, options);
            } else {
                Tu tu = new Tu(String.valueOf(number), number, row.sourceText(), row.targetText(),
                        ParagraphLengths.encode(row.source()), ParagraphLengths.encode(row.target()));
                writeTu(xml, document, row, tu, srcLang, trgLang);
            }
        }
        xml.finish();
    }

    private void writeSentences(XmlOutput xml, BilingualDocument document, BilingualRow row, int number,
                                String srcLang, String trgLang, ExportOptions options) throws IOException {
        List<SentencePair> pairs = row.pairsOrWhole();
        for (int k = 0; k < pairs.size(); k++) {
            SentencePair pair = pairs.get(k);
            if (options.accepts(pair)) {
                Tu tu = new Tu(number + "." + (k + 1), number, pair.source(), pair.target(), "", "");
                writeTu(xml, document, row, tu, srcLang, trgLang);
            }
        }
    }

    private void writeTu(XmlOutput xml, BilingualDocument document, BilingualRow row, Tu tu,
                         String srcLang, String trgLang) throws IOException {
        xml.start("tu").attribute("tuid", tu.id());
        prop(xml, EspejoMetadata.ROW, String.valueOf(tu.row()));
        prop(xml, EspejoMetadata.CONFIDENCE, EspejoMetadata.confidence(row.confidence()));
        prop(xml, EspejoMetadata.STATUS, EspejoMetadata.status(row.status()));
        prop(xml, EspejoMetadata.COMPARISON, document.name());
        if (!tu.sourceLengths().isEmpty()) {
            prop(xml, EspejoMetadata.SOURCE_PARAGRAPHS, tu.sourceLengths());
        }
        if (!tu.targetLengths().isEmpty()) {
            prop(xml, EspejoMetadata.TARGET_PARAGRAPHS, tu.targetLengths());
        }
        for (String note : row.notes()) {
            xml.textElement("note", note);
        }
        tuv(xml, srcLang, tu.source());
        if (!tu.target().isBlank()) {
            tuv(xml, trgLang, tu.target());
        }
        xml.end();
    }

    private static void tuv(XmlOutput xml, String lang, String text) throws IOException {
        xml.start("tuv").xmlAttribute("lang", lang);
        xml.textElement("seg", text);
        xml.end();
    }

    private static void prop(XmlOutput xml, String type, String value) throws IOException {
        if (value.isBlank()) {
            return;
        }
        xml.start("prop").attribute("type", TMX_PREFIX + type).text(value).end();
    }

    /** One translation unit to write. */
    private record Tu(String id, int row, String source, String target, String sourceLengths, String targetLengths) {
    }
}
