package org.espejo.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.espejo.text.Lang;

/**
 * Names that Spanish and English write differently ({@code EE. UU.} ↔ {@code U.S.},
 * {@code Alemania} ↔ {@code Germany}, {@code Jehová} ↔ {@code LORD}), read from
 * {@code name-variants.tsv} next to this class, indexed by the first word of each form.
 * Immutable and thread-safe.
 */
final class KnownVariants {

    private static final KnownVariants SHARED = load();

    /** One line of the table: the Spanish forms and the English forms of one name. */
    private record Entry(List<Form> spanish, List<Form> english) {
    }

    /** A form of one language and the entry it belongs to. */
    private record Indexed(int entry, Form form) {
    }

    private final List<Entry> entries;
    private final Map<String, List<Indexed>> spanishByKey;
    private final Map<String, List<Indexed>> englishByKey;

    private KnownVariants(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.spanishByKey = index(this.entries, Entry::spanish);
        this.englishByKey = index(this.entries, Entry::english);
    }

    /** The forms of one language by their first word. */
    private static Map<String, List<Indexed>> index(List<Entry> entries, Function<Entry, List<Form>> forms) {
        Map<String, List<Indexed>> byKey = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            for (Form f : forms.apply(entries.get(e))) {
                byKey.computeIfAbsent(f.indexKey(), k -> new ArrayList<>()).add(new Indexed(e, f));
            }
        }
        return byKey;
    }

    /** The entries with a form in {@code lang} that occurs among {@code words}, in table order. */
    SortedSet<Integer> entriesIn(List<Word> words, Lang lang) {
        SortedSet<Integer> found = new TreeSet<>();
        Map<String, List<Indexed>> byKey = lang == Lang.SPANISH ? spanishByKey : englishByKey;
        for (int i = 0; i < words.size(); i++) {
            for (String key : Form.lookUpKeys(words.get(i))) {
                for (Indexed x : byKey.getOrDefault(key, List.of())) {
                    if (!found.contains(x.entry()) && x.form().occursAt(words, i)) {
                        found.add(x.entry());
                    }
                }
            }
        }
        return found;
    }

    /** Whether a form in {@code lang} of entry {@code entry} occurs among {@code words}. */
    boolean occursIn(int entry, List<Word> words, Lang lang) {
        return formsOf(entry, lang).stream().anyMatch(f -> f.occursIn(words));
    }

    /** The forms in {@code lang} (Spanish or English) of entry {@code entry}. */
    List<Form> formsOf(int entry, Lang lang) {
        Entry e = entries.get(entry);
        return lang == Lang.SPANISH ? e.spanish() : e.english();
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
        for (int e : entriesIn(mention, lang)) {
            if (occursIn(e, other, otherLang)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two names, each as a whole, are forms of the same name in the table. */
    boolean isVariant(List<Word> name, Lang lang, List<Word> other, Lang otherLang) {
        if (!isSpanishEnglish(lang, otherLang) || name.isEmpty()) {
            return false;
        }
        Map<String, List<Indexed>> byKey = lang == Lang.SPANISH ? spanishByKey : englishByKey;
        for (String key : Form.lookUpKeys(name.get(0))) {
            for (Indexed x : byKey.getOrDefault(key, List.of())) {
                Entry e = entries.get(x.entry());
                if (x.form().isAll(name)
                        && (lang == Lang.SPANISH ? e.english() : e.spanish()).stream().anyMatch(f -> f.isAll(other))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSpanishEnglish(Lang a, Lang b) {
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
