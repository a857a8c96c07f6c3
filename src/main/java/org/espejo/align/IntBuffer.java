package org.espejo.align;

import java.util.Arrays;

/** A growable int list that avoids boxing. */
final class IntBuffer {
    private int[] data = new int[64];
    private int size;

    void add(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = value;
    }

    void clear() {
        size = 0;
    }

    int[] sortedUnique() {
        int[] copy = Arrays.copyOf(data, size);
        Arrays.sort(copy);
        int n = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[n++] = copy[i];
            }
        }
        return n == copy.length ? copy : Arrays.copyOf(copy, n);
    }
}
