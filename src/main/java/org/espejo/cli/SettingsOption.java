package org.espejo.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.espejo.align.AlignerSettings;
import org.espejo.align.Signal;

/** Builds aligner settings from the command line's ablation and tuning options. */
final class SettingsOption {

    private SettingsOption() {
    }

    /**
     * @param without signals to switch off
     * @param set     numeric parameters to override, by record component name
     * @throws IllegalArgumentException for an unknown signal or parameter
     */
    static AlignerSettings of(List<String> without, Map<String, String> set) {
        return of(AlignerSettings.DEFAULT, without, set);
    }

    /** As {@link #of(List, Map)}, starting from {@code base}. */
    static AlignerSettings of(AlignerSettings base, List<String> without, Map<String, String> set) {
        Set<Signal> removed = EnumSet.noneOf(Signal.class);
        for (String name : without) {
            removed.add(Signal.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        AlignerSettings s = base.without(removed);
        double gap = s.gapPenalty();
        double merge = s.mergePenalty();
        double twoTwo = s.doublePenalty();
        double triple = s.triplePenalty();
        double quadruple = s.quadruplePenalty();
        double lengthWeight = s.lengthWeight();
        double variance = s.lengthVariance();
        double lexical = s.lexicalWeight();
        double threshold = s.matchThreshold();
        double chance = s.chanceWeight();
        double orphan = s.orphanWeight();
        double temperature = s.confidenceTemperature();
        int band = s.bandHalfWidth();
        double crossing = s.crossingCredit();
        for (Map.Entry<String, String> e : set.entrySet()) {
            double v = Double.parseDouble(e.getValue());
            switch (e.getKey()) {
                case "gapPenalty" -> gap = v;
                case "mergePenalty" -> merge = v;
                case "doublePenalty" -> twoTwo = v;
                case "triplePenalty" -> triple = v;
                case "quadruplePenalty" -> quadruple = v;
                case "lengthWeight" -> lengthWeight = v;
                case "lengthVariance" -> variance = v;
                case "lexicalWeight" -> lexical = v;
                case "matchThreshold" -> threshold = v;
                case "chanceWeight" -> chance = v;
                case "orphanWeight" -> orphan = v;
                case "confidenceTemperature" -> temperature = v;
                case "bandHalfWidth" -> band = (int) v;
                case "crossingCredit" -> crossing = v;
                default -> throw new IllegalArgumentException("unknown parameter " + e.getKey());
            }
        }
        return new AlignerSettings(s.signals(), gap, merge, twoTwo, triple, quadruple, lengthWeight, variance, lexical,
                threshold, chance, orphan, band, temperature, crossing);
    }
}
