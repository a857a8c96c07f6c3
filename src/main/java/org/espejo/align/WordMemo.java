package org.espejo.align;

/**
 * What each distinct spelling of a word gives in one text, looked up by the characters of the
 * text itself: a word seen before costs one hash over its letters and one comparison, and no
 * new string. Not thread-safe: one memo per text side and word-list setting.
 */
final class WordMemo {

    /** What a word gives wherever it stands. */
    record Word(String spelling, String folded, String[] keys, String nameKey, boolean romanLetters,
                boolean numberWord) {
    }

    /** The spellings of {@link #table}, as characters for comparison with the text's. */
    private char[][] letters = new char[1024][];

    private Word[] table = new Word[1024];
    private int[] hashes = new int[1024];
    private int size;

    /** The word spelt {@code text[start, end)}, whose {@link #hash} is {@code hash}; {@code null} if not seen. */
    Word get(char[] text, int start, int end, int hash) {
        int mask = table.length - 1;
        for (int slot = slot(hash); table[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameLetters(letters[slot], text, start, end)) {
                return table[slot];
            }
        }
        return null;
    }

    /** A plain loop: words are short, and the library's vectorised comparison only pays off in C2 code. */
    private static boolean sameLetters(char[] letters, char[] text, int start, int end) {
        if (letters.length != end - start) {
            return false;
        }
        for (int k = 0; k < letters.length; k++) {
            if (letters[k] != text[start + k]) {
                return false;
            }
        }
        return true;
    }

    /** Remembers {@code word} under {@code hash}, the {@link #hash} of its spelling. */
    void put(Word word, int hash) {
        if (2 * (size + 1) > table.length) {
            grow();
        }
        insert(word, hash);
        size++;
    }

    /** The hash of {@code text[start, end)}, the same for every occurrence of a spelling. */
    static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    private void insert(Word word, int hash) {
        int mask = table.length - 1;
        int slot = slot(hash);
        while (table[slot] != null) {
            slot = (slot + 1) & mask;
        }
        table[slot] = word;
        hashes[slot] = hash;
        letters[slot] = word.spelling().toCharArray();
    }

    private void grow() {
        Word[] oldTable = table;
        int[] oldHashes = hashes;
        table = new Word[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        letters = new char[oldTable.length * 2][];
        for (int k = 0; k < oldTable.length; k++) {
            if (oldTable[k] != null) {
                insert(oldTable[k], oldHashes[k]);
            }
        }
    }

    /** The home slot of a hash: its high bits after a multiplication by 2^32 / φ (Fibonacci hashing). */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(table.length));
    }
}
