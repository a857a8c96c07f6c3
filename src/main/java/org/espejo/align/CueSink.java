package org.espejo.align;

/** Receives the cues found in a text, with where each one was written. */
@FunctionalInterface
interface CueSink {

    /**
     * @param key   the cue's key, starting with its kind's tag; equal keys match across languages
     * @param start where its surface form starts in the text
     * @param end   where it ends
     */
    void accept(String key, int start, int end);

    /**
     * Receives several cues written at the same place. The array is shared and reused for
     * every occurrence of the same word: do not change it (it may serve as a cache key).
     */
    default void acceptAll(String[] keys, int start, int end) {
        for (String key : keys) {
            accept(key, start, end);
        }
    }
}
