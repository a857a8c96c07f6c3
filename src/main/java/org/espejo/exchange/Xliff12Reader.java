package org.espejo.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.x (1.2 as Trados, memoQ, OmegaT and Okapi write it; 1.0/1.1 alike): every
 * {@code <trans-unit>} becomes a row of its {@code <source>} and {@code <target>}; with a
 * {@code <seg-source>} of several {@code <mrk mtype="seg">}, the marks become the row's sentence
 * pairs. Native codes ({@code <bpt> <ept> <ph> <it>}) are dropped, {@code <g>} and {@code <mrk>}
 * keep their text, {@code <x/> <bx/> <ex/>} stand for none; {@code <alt-trans>} candidates are
 * not read. Espejo's {@code extradata} restores confidence, status and paragraphs.
 */
final class Xliff12Reader {

    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "sub");

    private Xliff12Reader() {
    }

    /** Reads the file; the reader is on the {@code <xliff>} start tag. */
    static ImportedFile read(XMLStreamReader r, String fallbackName) throws XMLStreamException, ImportException {
        String srcLang = "";
        String trgLang = "";
        String name = "";
        List<BilingualRow> rows = new ArrayList<>();
        int skipped = 0;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "file" -> {
                    srcLang = srcLang.isEmpty() ? XmlInput.attribute(r, "source-language") : srcLang;
                    trgLang = trgLang.isEmpty() ? XmlInput.attribute(r, "target-language") : trgLang;
                    name = name.isEmpty() ? XmlInput.attribute(r, "original").strip() : name;
                }
                case "trans-unit" -> {
                    Unit unit = transUnit(r);
                    trgLang = trgLang.isEmpty() ? unit.targetLang() : trgLang;
                    var row = unit.content().toRow();
                    if (row.isPresent()) {
                        rows.add(row.get());
                    } else {
                        skipped++;
                    }
                }
                case "header", "bin-unit" -> XmlInput.skip(r);
                default -> {
                    // xliff, body, group: go inside
                }
            }
        }
        String source = LanguageTags.parse(srcLang)
                .orElseThrow(() -> new ImportException(ImportFailure.MALFORMED, "XLIFF without a valid source-language"));
        String target = LanguageTags.parse(trgLang)
                .orElseThrow(() -> new ImportException(ImportFailure.NOT_BILINGUAL, "XLIFF without a target language"));
        if (name.equals(EspejoMetadata.TOOL_ID) || name.isEmpty()) {
            name = fallbackName;
        }
        return ImportedFiles.of(Format.XLIFF_1_2, name, source, target, rows, skipped);
    }

    /** A trans-unit and the language its target declares. */
    private record Unit(ImportedUnit content, String targetLang) {
    }

    private static Unit transUnit(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> metadata = extradata(XmlInput.attribute(r, "extradata"));
        String source = "";
        String target = "";
        String targetLang = "";
        Map<String, String> sourceMarks = new LinkedHashMap<>();
        Map<String, String> targetMarks = new HashMap<>();
        List<String> notes = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("trans-unit")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "source" -> source = XmlInput.text(r, CODES);
                case "seg-source" -> segmented(r, sourceMarks);
                case "target" -> {
                    targetLang = XmlInput.lang(r);
                    target = segmented(r, targetMarks);
                }
                case "note" -> notes.add(XmlInput.text(r, Set.of()));
                default -> XmlInput.skip(r);
            }
        }
        List<SentencePair> pairs = new ArrayList<>();
        for (Map.Entry<String, String> mark : sourceMarks.entrySet()) {
            ImportedUnit.pair(mark.getValue(), targetMarks.getOrDefault(mark.getKey(), "")).ifPresent(pairs::add);
        }
        return new Unit(new ImportedUnit(source, target, metadata, pairs, notes), targetLang);
    }

    /**
     * The text of a source, seg-source or target up to its end tag, recording the text of each
     * {@code <mrk mtype="seg">} by its {@code mid}.
     */
    private static String segmented(XMLStreamReader r, Map<String, String> marks) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if (local.equals("mrk") && XmlInput.attribute(r, "mtype").equals("seg")) {
                    String mid = XmlInput.attribute(r, "mid");
                    String text = XmlInput.text(r, CODES);
                    marks.put(mid, text);
                    sb.append(text);
                } else if (CODES.contains(local)) {
                    XmlInput.skip(r);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                sb.append(r.getText());
            }
        }
        return SafeText.clean(sb.toString());
    }

    /** Espejo's {@code key=value;…} extradata; other tools' extradata gives nothing. */
    private static Map<String, String> extradata(String extradata) {
        Map<String, String> values = new HashMap<>();
        for (String part : extradata.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        if (!values.containsKey(EspejoMetadata.CONFIDENCE) || !values.containsKey(EspejoMetadata.STATUS)) {
            return Map.of();
        }
        return values;
    }
}
