package org.espejo.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.espejo.text.Folding;
import org.espejo.text.RomanNumerals;

/**
 * Finds the cues of one text: numbers (digits with any grouping, number words, ordinals,
 * Roman numerals), names, cognate prefixes, punctuation structure and built-in word pairs.
 * Equal keys on the two sides match. Stateless and thread-safe.
 */
final class CueExtractor {

    /** Letters of a word's beginning that make its cognate key. */
    static final int COGNATE_PREFIX = 4;

    private static final int ROMAN_MAX = 200;

    private static final Map<String, String> NUMBER_WORDS = numberWords();
    /** Words after which a lone Roman numeral ({@code "CHAPTER I"}) is a number. */
    private static final Set<String> COUNTED = Set.of("capitulo", "chapter", "chapitre", "kapitel",
            "libro", "book", "livre", "buch", "parte", "part", "partie", "teil", "tomo", "volume",
            "canto", "cancion", "song", "salmo", "psalm", "acto", "act", "escena", "scene",
            "seccion", "section", "articulo", "article", "leccion", "lesson");
    private static final Map<String, String> STRUCTURE_WORDS = structureWords();

    private final boolean numbers;
    private final boolean names;
    private final boolean cognates;
    private final boolean punctuation;
    private final boolean lexicon;
    private final Lexicon words;
    private final Lexicon documentWords;

    CueExtractor(AlignerSettings settings) {
        this(settings, settings.uses(Signal.LEXICON) ? Lexicon.spanishEnglish() : Lexicon.EMPTY, Lexicon.EMPTY);
    }

    /**
     * @param words         the shipped word list (used only when the caller says it applies)
     * @param documentWords word pairs learned from the document (always used)
     */
    CueExtractor(AlignerSettings settings, Lexicon words, Lexicon documentWords) {
        this.words = words;
        this.documentWords = documentWords;
        numbers = settings.uses(Signal.NUMBERS);
        names = settings.uses(Signal.NAMES);
        cognates = settings.uses(Signal.COGNATES);
        punctuation = settings.uses(Signal.PUNCTUATION);
        lexicon = settings.uses(Signal.LEXICON);
    }

    /** The shipped word list this extractor uses (empty when the signal is off). */
    Lexicon words() {
        return words;
    }

    /**
     * Sends every cue of {@code text} to {@code sink}, in text order (keys may repeat), as the
     * source side of a text of unknown languages.
     */
    void extract(String text, CueSink sink) {
        extract(text, WordListReading.EITHER, true, sink);
    }

    /**
     * Sends every cue of {@code text}, a text of the {@code source} or the target side, to
     * {@code sink}, reading the word list as {@code reading} says.
     */
    void extract(String text, WordListReading reading, boolean source, CueSink sink) {
        extract(text, reading, source, new WordMemo(), sink);
    }

    /**
     * As {@link #extract(String, WordListReading, boolean, CueSink)}, remembering in
     * {@code memo} what each spelling of a word gives wherever it stands, so that a long text
     * folds and looks up each distinct word once. Use one memo per side and reading.
     */
    void extract(String string, WordListReading reading, boolean source, WordMemo memo, CueSink sink) {
        // one copy of the characters: array reads are much cheaper than charAt on a non-Latin-1 string
        char[] text = string.toCharArray();
        Shouting shouting = new Shouting(text);
        String previousWord = "";
        int i = 0;
        int n = text.length;
        while (i < n) {
            char c = text[i];
            if (isLetter(c)) {
                int end = i + 1;
                while (end < n && (isLetter(text[end]) || isMark(text[end]))) {
                    end++;
                }
                previousWord = word(text, i, end, shouting, previousWord, reading, source, memo, sink);
                i = end;
            } else if (c >= '0' && c <= '9') {
                i = number(text, i, sink);
                previousWord = "";
            } else {
                if (c == '%' && numbers) {
                    sink.accept("#%", i, i + 1);
                } else if (punctuation) {
                    punctuation(c, i, sink);
                }
                i++;
            }
        }
    }

    private String word(char[] text, int start, int end, Shouting shouting, String previousWord,
                        WordListReading reading, boolean source, WordMemo memo, CueSink sink) {
        int hash = WordMemo.hash(text, start, end);
        WordMemo.Word word = memo.get(text, start, end, hash);
        if (word == null) {
            word = describe(text, start, end, reading, source);
            memo.put(word, hash);
        }
        if (word.keys().length > 0) {
            sink.acceptAll(word.keys(), start, end);
        }
        if (numbers && word.romanLetters()) {
            Integer value = roman(text, start, end, previousWord);
            if (value != null && !word.numberWord()) {
                sink.accept("#" + value, start, end);
            }
        }
        if (names && isName(text, start, end, shouting)) {
            sink.accept(word.nameKey(), start, end);
        }
        return word.folded();
    }

    /** What the word {@code text[start, end)} gives wherever it stands. */
    private WordMemo.Word describe(char[] text, int start, int end, WordListReading reading, boolean source) {
        String spelling = new String(text, start, end - start);
        String folded = Folding.fold(spelling);
        boolean romanLetters = end - start <= 9;
        for (int i = start; i < end && romanLetters; i++) {
            romanLetters = "IVXLCDM".indexOf(text[i]) >= 0;
        }
        return new WordMemo.Word(spelling, folded, wordKeys(folded, reading, source), "n" + folded,
                romanLetters, NUMBER_WORDS.get(folded) != null);
    }

    /** The cues a folded word gives wherever it stands: number words, word pairs, cognate prefix. */
    private String[] wordKeys(String folded, WordListReading reading, boolean source) {
        List<String> keys = new ArrayList<>(3);
        if (numbers) {
            String key = NUMBER_WORDS.get(folded);
            if (key != null) {
                keys.add(key);
            }
        }
        if (lexicon) {
            String concept = STRUCTURE_WORDS.get(folded);
            if (concept != null) {
                keys.add("l" + concept);
            }
            addWordListKeys(keys, folded, reading, source);
        }
        // a learned lexicon has the source's stems first
        addAll(keys, documentWords.keys(folded, source ? Lexicon.Column.FIRST : Lexicon.Column.SECOND));
        String cognate = cognateKey(folded);
        if (cognate != null) {
            keys.add(cognate);
        }
        return keys.toArray(String[]::new);
    }

    /** Adds the shipped word list's keys of a folded word of the {@code source} or the target side, read as {@code reading} says. */
    private void addWordListKeys(List<String> keys, String folded, WordListReading reading, boolean source) {
        // the column of this side when the source is Spanish (the list's first column)
        Lexicon.Column own = source ? Lexicon.Column.FIRST : Lexicon.Column.SECOND;
        switch (reading) {
            case NONE -> { }
            case SPANISH_SOURCE -> addAll(keys, words.keys(folded, own));
            case ENGLISH_SOURCE -> addAll(keys, words.keys(folded, own.other()));
            case EITHER -> {
                addAll(keys, words.keys(folded, own));
                addAll(keys, words.crossedKeys(folded, own.other()));
            }
        }
    }

    /** The cognate cue of a folded word (its first letters), or {@code null} when the signal is off or the word too short. */
    private String cognateKey(String folded) {
        return cognates && folded.length() >= COGNATE_PREFIX ? "c" + folded.substring(0, COGNATE_PREFIX) : null;
    }

    /**
     * Whether a source stem and a target stem already share a cue of the word list (read as
     * {@code reading} says) or a cognate prefix.
     */
    DocumentLexicon.Known knownPairs(WordListReading reading) {
        return (sourceStem, targetStem) -> {
            String cognate = cognateKey(sourceStem);
            if (cognate != null && cognate.equals(cognateKey(targetStem))) {
                return true;
            }
            if (!lexicon) {
                return false;
            }
            List<String> sourceKeys = new ArrayList<>();
            List<String> targetKeys = new ArrayList<>();
            addWordListKeys(sourceKeys, sourceStem, reading, true);
            addWordListKeys(targetKeys, targetStem, reading, false);
            return !Collections.disjoint(sourceKeys, targetKeys);
        };
    }

    private static void addAll(List<String> keys, String[] more) {
        if (more != null) {
            keys.addAll(Arrays.asList(more));
        }
    }

    private static Integer roman(char[] text, int start, int end, String previousWord) {
        int length = end - start;
        if (length > 9) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if ("IVXLCDM".indexOf(text[i]) < 0) {
                return null;
            }
        }
        if (length < 2 && !COUNTED.contains(previousWord)) {
            return null;
        }
        String token = new String(text, start, end - start);
        if (!RomanNumerals.PATTERN.matcher(token).matches()) {
            return null;
        }
        int value = RomanNumerals.value(token);
        return value > 0 && value <= ROMAN_MAX ? value : null;
    }

    private boolean isName(char[] text, int start, int end, Shouting shouting) {
        if (!Character.isUpperCase(text[start]) || end - start < 2 || startsSentence(text, start)) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text[i])) {
                return true;
            }
        }
        return !shouting.isTrue();
    }

    /** Whether a text is mostly upper case (then an all-capitals word is no name), counted once and only if asked. */
    private static final class Shouting {
        private final char[] text;
        private int answer = -1;

        Shouting(char[] text) {
            this.text = text;
        }

        boolean isTrue() {
            if (answer < 0) {
                answer = isMostlyUpperCase(text) ? 1 : 0;
            }
            return answer == 1;
        }
    }

    private static boolean startsSentence(char[] text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text[i];
            if (!Character.isWhitespace(c)) {
                return ".!?¿¡:;\"«“‘'—–-(".indexOf(c) >= 0;
            }
        }
        return true;
    }

    /**
     * Reads a number with any digit grouping ({@code 1.500}, {@code 1,500}, {@code 3,1}). A
     * grouped number also gives its significant digits ({@code 842.700 millones} and
     * {@code 842.7 billion} share {@code #~8427}).
     */
    private int number(char[] text, int start, CueSink sink) {
        int n = text.length;
        int end = start;
        StringBuilder digits = new StringBuilder();
        int group = 0;
        boolean grouped = false;
        while (end < n) {
            char c = text[end];
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group++;
                end++;
            } else if ((c == '.' || c == ',') && end + 1 < n && isDigit(text[end + 1])) {
                group = 0;
                grouped = true;
                end++;
            } else if ((c == ' ' || c == '\u00A0' || c == '\u202F') && group >= 1 && group <= 3
                    && isThousandsGroup(text, end + 1)) {
                group = 0;
                grouped = true;
                end++;
            } else {
                break;
            }
        }
        if (numbers) {
            int firstNonZero = 0;
            while (firstNonZero < digits.length() - 1 && digits.charAt(firstNonZero) == '0') {
                firstNonZero++;
            }
            String value = digits.substring(firstNonZero);
            sink.accept("#" + value, start, end);
            if (grouped && value.length() > 1 && value.charAt(value.length() - 1) == '0') {
                int last = value.length();
                while (last > 1 && value.charAt(last - 1) == '0') {
                    last--;
                }
                sink.accept("#~" + value.substring(0, last), start, end);
            } else if (grouped) {
                sink.accept("#~" + value, start, end);
            }
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether exactly three digits start at {@code at} ({@code "48 000"}, French and Swiss style). */
    private static boolean isThousandsGroup(char[] text, int at) {
        if (at + 3 > text.length) {
            return false;
        }
        for (int i = at; i < at + 3; i++) {
            if (!isDigit(text[i])) {
                return false;
            }
        }
        return at + 3 == text.length || !isDigit(text[at + 3]);
    }

    private static void punctuation(char c, int at, CueSink sink) {
        String key = switch (c) {
            case '?', '¿' -> "p?";
            case '!', '¡' -> "p!";
            case '"', '«', '»', '“', '”', '„' -> "p\"";
            case '(' -> "p(";
            case ':' -> "p:";
            default -> null;
        };
        if (key != null) {
            sink.accept(key, at, at + 1);
        }
    }

    /** {@link Character#isLetter(char)}, answered without a table lookup for ASCII. */
    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isMostlyUpperCase(char[] text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > lower;
    }

    private static Map<String, String> numberWords() {
        Map<String, String> words = new HashMap<>();
        String[][] table = {
                {"2", "dos", "two"}, {"3", "tres", "three"}, {"4", "cuatro", "four"},
                {"5", "cinco", "five"}, {"6", "seis", "six"}, {"7", "siete", "seven"},
                {"8", "ocho", "eight"}, {"9", "nueve", "nine"}, {"10", "diez", "ten"},
                {"11", "once", "eleven"}, {"12", "doce", "twelve"}, {"13", "trece", "thirteen"},
                {"14", "catorce", "fourteen"}, {"15", "quince", "fifteen"}, {"20", "veinte", "twenty"},
                {"30", "treinta", "thirty"}, {"40", "cuarenta", "forty"}, {"50", "cincuenta", "fifty"},
                {"60", "sesenta", "sixty"}, {"100", "cien", "hundred"},
                {"1", "primero", "primera", "primer", "first"},
                {"2", "segundo", "segunda", "second"},
                {"3", "tercero", "tercera", "tercer", "third"},
                {"4", "cuarta", "fourth"}, {"5", "quinto", "quinta", "fifth"},
                {"6", "sexto", "sexta", "sixth"}, {"7", "septimo", "septima", "seventh"},
                {"8", "octavo", "octava", "eighth"}, {"9", "noveno", "novena", "ninth"},
                {"10", "decimo", "decima", "tenth"},
                {"%", "porcentaje", "percent", "percentage", "ciento"}};
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                words.put(row[i], "#" + row[0]);
            }
        }
        return words;
    }

    private static Map<String, String> structureWords() {
        Map<String, String> words = new HashMap<>();
        String[][] table = {
                {"capitulo", "chapter"}, {"chapter", "chapter"}, {"libro", "book"}, {"book", "book"},
                {"prologo", "prologue"}, {"prologue", "prologue"}, {"fin", "end"}, {"end", "end"}};
        for (String[] row : table) {
            words.put(row[0], row[1]);
        }
        return words;
    }
}
