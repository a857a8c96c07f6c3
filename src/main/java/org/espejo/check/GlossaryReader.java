package org.espejo.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.espejo.text.Lang;

/**
 * Reads a glossary from CSV, TSV or TBX. Stateless and thread-safe.
 *
 * <p>CSV and TSV: one concept per line: source term, approved translation, forbidden
 * translations, note; alternatives inside a cell separated by {@code |} or {@code ;}. An
 * optional header row names the columns: language codes or names ({@code es}, {@code en},
 * {@code Spanish}…) or {@code source}, {@code target}, {@code forbidden}, {@code note}; with
 * language codes the glossary knows its direction. Lines starting with {@code #} are comments.
 *
 * <p>TBX (ISO 30042, TBX-Basic and TBX v3 dialects) is read by {@link TbxReader}, which never
 * resolves external entities or DTDs.
 */
public final class GlossaryReader {

    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private GlossaryReader() {
    }

    /** Reads the glossary in {@code file}, choosing the format by name and content. */
    public static Glossary read(Path file) throws IOException, GlossaryException {
        if (Files.size(file) > MAX_BYTES) {
            throw new GlossaryException(GlossaryException.Reason.UNSUPPORTED, "larger than 20 MB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    /** Reads an uploaded glossary. */
    public static Glossary read(String fileName, InputStream in) throws IOException, GlossaryException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new GlossaryException(GlossaryException.Reason.UNSUPPORTED, "larger than 20 MB");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Glossary glossary;
        if (name.endsWith(".tbx") || text.stripLeading().startsWith("<")) {
            glossary = TbxReader.read(bytes);
        } else if (name.endsWith(".csv")) {
            glossary = delimited(text, CSVFormat.DEFAULT);
        } else if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt") || text.contains("\t")) {
            glossary = delimited(text, CSVFormat.TDF);
        } else {
            throw new GlossaryException(GlossaryException.Reason.UNSUPPORTED, fileName);
        }
        if (glossary.isEmpty()) {
            throw new GlossaryException(GlossaryException.Reason.EMPTY, fileName);
        }
        return glossary;
    }

    /** Reads CSV or TSV text. */
    static Glossary delimited(String text, CSVFormat base) throws GlossaryException {
        CSVFormat format = base.builder().setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw new GlossaryException(GlossaryException.Reason.MALFORMED, e.getMessage(), e);
        }
        if (records.isEmpty()) {
            return Glossary.EMPTY;
        }
        Optional<Columns> header = Columns.fromHeader(records.get(0));
        Columns columns = header.orElse(Columns.DEFAULT);
        List<GlossaryEntry> entries = new ArrayList<>();
        for (CSVRecord r : records.subList(header.isPresent() ? 1 : 0, records.size())) {
            entry(r, columns).ifPresent(entries::add);
        }
        return new Glossary(columns.sourceLang(), columns.targetLang(), entries);
    }

    private static Optional<GlossaryEntry> entry(CSVRecord r, Columns c) {
        List<String> source = split(cell(r, c.source()));
        List<String> approved = split(cell(r, c.target()));
        List<String> forbidden = split(cell(r, c.forbidden()));
        if (source.isEmpty() || (approved.isEmpty() && forbidden.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new GlossaryEntry(source, approved, forbidden, cell(r, c.note())));
    }

    private static String cell(CSVRecord r, int column) {
        return column >= 0 && column < r.size() ? r.get(column) : "";
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split("[|;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Which column holds what, and the languages when the header names them. */
    private record Columns(int source, int target, int forbidden, int note, Lang sourceLang, Lang targetLang) {

        static final Columns DEFAULT = new Columns(0, 1, 2, 3, Lang.UNKNOWN, Lang.UNKNOWN);

        static Optional<Columns> fromHeader(CSVRecord first) {
            int source = -1;
            int target = -1;
            int forbidden = -1;
            int note = -1;
            Lang sourceLang = Lang.UNKNOWN;
            Lang targetLang = Lang.UNKNOWN;
            for (int i = 0; i < first.size(); i++) {
                String h = org.espejo.text.Folding.fold(first.get(i).strip());
                Optional<Lang> lang = language(h);
                if (h.equals("source") || h.equals("origen") || (lang.isPresent() && source < 0)) {
                    source = i;
                    sourceLang = lang.orElse(Lang.UNKNOWN);
                } else if (h.equals("target") || h.equals("destino") || h.equals("approved") || lang.isPresent()) {
                    target = i;
                    targetLang = lang.orElse(Lang.UNKNOWN);
                } else if (h.startsWith("forbidden") || h.startsWith("prohibid") || h.startsWith("do not use")
                        || h.startsWith("deprecated")) {
                    forbidden = i;
                } else if (h.equals("note") || h.equals("notes") || h.equals("nota") || h.equals("notas")
                        || h.equals("comment") || h.equals("comentario")) {
                    note = i;
                } else {
                    return Optional.empty();
                }
            }
            if (source < 0 || (target < 0 && forbidden < 0)) {
                return Optional.empty();
            }
            return Optional.of(new Columns(source, target, forbidden, note, sourceLang, targetLang));
        }

        private static Optional<Lang> language(String folded) {
            return switch (folded) {
                case "spanish", "espanol", "castellano" -> Optional.of(Lang.SPANISH);
                case "english", "ingles" -> Optional.of(Lang.ENGLISH);
                default -> folded.length() <= 5 ? Lang.fromCode(folded).filter(Lang::isKnown) : Optional.empty();
            };
        }
    }
}
