package org.espejo.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX (1.1 to 1.4b) as written by Trados, memoQ, OmegaT, Phrase and Espejo: every
 * {@code <tu>} becomes a row whose source is the variant in the header's {@code srclang} and
 * whose target is the variant in the file's most frequent other language (language tags
 * compared case-insensitively, regional variants falling back to the bare language). Native
 * codes ({@code <bpt> <ept> <ph> <it> <ut>}) are dropped, {@code <hi>} keeps its text.
 */
final class TmxReader {

    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");

    /** One {@code <tuv>}. */
    private record Variant(String lang, String text) {
    }

    /** One {@code <tu>} as read. */
    private record Tu(Map<String, String> props, List<String> notes, List<Variant> variants) {
    }

    private TmxReader() {
    }

    /** Reads the file; the reader is on the {@code <tmx>} start tag. */
    static ImportedFile read(XMLStreamReader r, String fallbackName) throws XMLStreamException, ImportException {
        String srclang = "";
        String name = "";
        List<Tu> tus = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "header" -> srclang = XmlInput.attribute(r, "srclang");
                case "prop" -> {
                    String type = XmlInput.attribute(r, "type");
                    String value = XmlInput.text(r, Set.of());
                    if (type.equals(EspejoMetadata.TMX_PREFIX + EspejoMetadata.COMPARISON)) {
                        name = value.strip();
                    }
                }
                case "tu" -> tus.add(tu(r));
                default -> {
                    // tmx, body, note and ude of the header: nothing to keep
                }
            }
        }
        return rows(tus, srclang, name.isEmpty() ? fallbackName : name);
    }

    private static Tu tu(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> props = new HashMap<>();
        List<String> notes = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tu")) {
                return new Tu(props, notes, variants);
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "prop" -> {
                    String type = XmlInput.attribute(r, "type");
                    String value = XmlInput.text(r, Set.of());
                    if (type.startsWith(EspejoMetadata.TMX_PREFIX)) {
                        props.put(type.substring(EspejoMetadata.TMX_PREFIX.length()), value.strip());
                    }
                }
                case "note" -> notes.add(XmlInput.text(r, Set.of()));
                case "tuv" -> variants.add(tuv(r));
                default -> XmlInput.skip(r);
            }
        }
    }

    private static Variant tuv(XMLStreamReader r) throws XMLStreamException {
        String lang = XmlInput.lang(r).strip();
        String text = "";
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("tuv")) {
                return new Variant(lang, text);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("seg")) {
                    text = XmlInput.text(r, CODES);
                } else {
                    XmlInput.skip(r);
                }
            }
        }
    }

    private static ImportedFile rows(List<Tu> tus, String srclang, String name) throws ImportException {
        List<List<String>> langs = tus.stream().map(tu -> tu.variants().stream()
                .filter(v -> !v.text().isBlank()).map(Variant::lang).toList()).toList();
        LanguagePick pick = LanguagePick.of(srclang, langs);
        List<BilingualRow> rows = new ArrayList<>(tus.size());
        int skipped = 0;
        for (Tu tu : tus) {
            Optional<String> source = pick.sourceOf(tu.variants().stream().map(Variant::lang).toList())
                    .map(i -> tu.variants().get(i).text());
            Optional<String> target = pick.targetOf(tu.variants().stream().map(Variant::lang).toList())
                    .map(i -> tu.variants().get(i).text());
            Optional<BilingualRow> row = new ImportedUnit(source.orElse(""), target.orElse(""), tu.props(), List.of(),
                    tu.notes()).toRow();
            if (row.isPresent()) {
                rows.add(row.get());
            } else {
                skipped++;
            }
        }
        return ImportedFiles.of(Format.TMX, name, pick.source(), pick.target(), rows, skipped);
    }
}
