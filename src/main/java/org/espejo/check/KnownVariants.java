package org.espejo.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.espejo.text.Lang;

/**
 * Names that Spanish and English write differently ({@code EE. UU.} ↔ {@code U.S.},
 * {@code Alemania} ↔ {@code Germany}, {@code Jehová} ↔ {@code LORD}), read from
 * {@code name-variants.tsv} next to this class. Immutable and thread-safe.
 */
final class KnownVariants {

    private static final KnownVariants SHARED = load();

    /** One line of the table: the Spanish forms and the English forms of one name. */
    private record Entry(List<Form> spanish, List<Form> english) {
    }

    private final List<Entry> entries;

    private KnownVariants(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static KnownVariants shared() {
        return SHARED;
    }

    /**
     * Whether the words {@code mention} (in {@code lang}) are a form of some name whose form in
     * {@code otherLang} occurs among {@code other}.
     */
    boolean pairedIn(List<Word> mention, Lang lang, List<Word> other, Lang otherLang) {
        if (!isSpanishEnglish(lang, otherLang)) {
            return false;
        }
        for (Entry e : entries) {
            List<Form> mine = lang == Lang.SPANISH ? e.spanish() : e.english();
            List<Form> theirs = lang == Lang.SPANISH ? e.english() : e.spanish();
            if (mine.stream().anyMatch(f -> f.occursIn(mention)) && theirs.stream().anyMatch(f -> f.occursIn(other))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two names, each as a whole, are forms of the same name in the table. */
    boolean isVariant(List<Word> name, Lang lang, List<Word> other, Lang otherLang) {
        if (!isSpanishEnglish(lang, otherLang)) {
            return false;
        }
        for (Entry e : entries) {
            List<Form> mine = lang == Lang.SPANISH ? e.spanish() : e.english();
            List<Form> theirs = lang == Lang.SPANISH ? e.english() : e.spanish();
            if (mine.stream().anyMatch(f -> f.isAll(name)) && theirs.stream().anyMatch(f -> f.isAll(other))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpanishEnglish(Lang a, Lang b) {
        return (a == Lang.SPANISH && b == Lang.ENGLISH) || (a == Lang.ENGLISH && b == Lang.SPANISH);
    }

    private static KnownVariants load() {
        try (InputStream in = KnownVariants.class.getResourceAsStream("name-variants.tsv")) {
            if (in == null) {
                throw new IllegalStateException("name-variants.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException("name-variants.tsv: two columns expected: " + line);
                }
                entries.add(new Entry(forms(columns[0]), forms(columns[1])));
            }
            return new KnownVariants(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Form> forms(String column) {
        List<Form> forms = new ArrayList<>();
        for (String form : column.split("\\|")) {
            forms.add(Form.of(form.strip()));
        }
        return forms;
    }
}
