package org.espejo.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic parallel text of any size for benchmarks: paragraphs of pseudo-words drawn
 * from a Zipf-like vocabulary, a "translation" that maps every source word to its own target
 * word (with some words dropped or added, numbers and names kept), and the drift of real
 * translations: about 4 % of paragraphs missing on one side, 6 % merged with the next, 5 %
 * split in two. Deterministic for a given size and seed.
 */
final class SyntheticBitext {

    private static final int VOCABULARY = 20_000;

    private SyntheticBitext() {
    }

    static Bitext of(int paragraphs, long seed) {
        Random random = new Random(seed);
        List<String> source = new ArrayList<>(paragraphs);
        List<String> target = new ArrayList<>(paragraphs);
        for (int p = 0; p < paragraphs; p++) {
            int words = 15 + random.nextInt(80);
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < words; w++) {
                int rank = (int) Math.min(VOCABULARY - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(VOCABULARY))));
                String word = random.nextInt(40) == 0 ? String.valueOf(random.nextInt(100_000))
                        : random.nextInt(30) == 0 ? "Nombre" + rank : sourceWord(rank);
                s.append(word).append(' ');
                if (random.nextInt(12) != 0) {
                    t.append(word.startsWith("Nombre") || Character.isDigit(word.charAt(0)) ? word : targetWord(rank))
                            .append(' ');
                }
            }
            s.setCharAt(s.length() - 1, '.');
            t.append("the.");
            double drift = random.nextDouble();
            if (drift < 0.02) {
                source.add(s.toString());
            } else if (drift < 0.04) {
                target.add(t.toString());
            } else if (drift < 0.10 && !target.isEmpty()) {
                int last = target.size() - 1;
                target.set(last, target.get(last) + " " + t);
                source.add(s.toString());
            } else if (drift < 0.15) {
                int half = t.length() / 2;
                target.add(t.substring(0, half));
                target.add(t.substring(half));
                source.add(s.toString());
            } else {
                source.add(s.toString());
                target.add(t.toString());
            }
        }
        return Bitext.of(source, target);
    }

    private static String sourceWord(int rank) {
        return "pa" + Integer.toString(rank * 7919 % 1_000_003, 36) + "ra";
    }

    private static String targetWord(int rank) {
        return "wo" + Integer.toString(rank * 104_729 % 1_000_033, 36) + "rd";
    }
}
