package org.espejo.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 2.x: every {@code <unit>} (in any {@code <group>}, in any {@code <file>}) becomes
 * a row whose texts are its segments and ignorables put together; with several segments, the
 * segments become the row's sentence pairs. Inline codes ({@code <ph> <sc> <ec> <sm> <em>}) stand
 * for no text, {@code <pc>} and {@code <mrk>} keep theirs. Translation candidates and other
 * modules' content are not read. Espejo's own metadata, when present, restores confidence,
 * status and paragraphs.
 */
final class Xliff2Reader {

    /** A segment or an ignorable, as read. */
    private record Piece(String source, String target, boolean hasTarget, boolean ignorable) {
    }

    private Xliff2Reader() {
    }

    /** Reads the file; the reader is on the {@code <xliff>} start tag. */
    static ImportedFile read(XMLStreamReader r, String fallbackName) throws XMLStreamException, ImportException {
        String srcLang = XmlInput.attribute(r, "srcLang");
        String trgLang = XmlInput.attribute(r, "trgLang");
        String name = "";
        List<BilingualRow> rows = new ArrayList<>();
        int skipped = 0;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "file" -> name = name.isEmpty() ? XmlInput.attribute(r, "original").strip() : name;
                case "metadata" -> {
                    String comparison = metadata(r).getOrDefault(EspejoMetadata.COMPARISON, "");
                    name = comparison.isBlank() ? name : comparison.strip();
                }
                case "unit" -> {
                    var row = unit(r).toRow();
                    if (row.isPresent()) {
                        rows.add(row.get());
                    } else {
                        skipped++;
                    }
                }
                case "skeleton", "notes" -> XmlInput.skip(r);
                default -> {
                    // xliff, group: go inside
                }
            }
        }
        String source = LanguageTags.parse(srcLang)
                .orElseThrow(() -> new ImportException(ImportFailure.MALFORMED, "XLIFF without a valid srcLang"));
        String target = LanguageTags.parse(trgLang)
                .orElseThrow(() -> new ImportException(ImportFailure.NOT_BILINGUAL, "XLIFF without a target language"));
        return ImportedFiles.of(Format.XLIFF, name.isEmpty() ? fallbackName : name, source, target, rows, skipped);
    }

    private static ImportedUnit unit(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> metadata = new HashMap<>();
        List<String> notes = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("unit")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "metadata" -> metadata.putAll(metadata(r));
                case "notes" -> {
                    // go inside
                }
                case "note" -> notes.add(XmlInput.text(r, Set.of()));
                case "segment" -> pieces.add(piece(r, false));
                case "ignorable" -> pieces.add(piece(r, true));
                default -> XmlInput.skip(r);
            }
        }
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        List<SentencePair> pairs = new ArrayList<>();
        for (Piece p : pieces) {
            source.append(p.source());
            target.append(p.ignorable() && !p.hasTarget() ? p.source() : p.target());
            if (!p.ignorable()) {
                ImportedUnit.pair(p.source(), p.target()).ifPresent(pairs::add);
            }
        }
        return new ImportedUnit(source.toString(), target.toString(), metadata, pairs, notes);
    }

    private static Piece piece(XMLStreamReader r, boolean ignorable) throws XMLStreamException {
        String end = r.getLocalName();
        String source = "";
        String target = "";
        boolean hasTarget = false;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(end)) {
                return new Piece(source, target, hasTarget, ignorable);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "source" -> source = XmlInput.text(r, Set.of());
                    case "target" -> {
                        target = XmlInput.text(r, Set.of());
                        hasTarget = true;
                    }
                    default -> XmlInput.skip(r);
                }
            }
        }
    }

    /** The {@code mda:meta} values of the {@code espejo} meta groups of one {@code mda:metadata}. */
    private static Map<String, String> metadata(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        boolean ours = false;
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("metaGroup")) {
                    ours = XmlInput.attribute(r, "category").equals(EspejoMetadata.CATEGORY);
                    depth++;
                } else if (r.getLocalName().equals("meta") && ours) {
                    String type = XmlInput.attribute(r, "type");
                    values.put(type, XmlInput.text(r, Set.of()).strip());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return values;
    }
}
