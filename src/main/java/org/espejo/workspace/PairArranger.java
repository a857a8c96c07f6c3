package org.espejo.workspace;

import java.util.List;
import org.espejo.language.SidesDecision;

/**
 * Puts the Spanish document on the left, from the language step's {@link SidesDecision}. A pair
 * that is not one Spanish and one English document is refused with a {@link Problem} the user
 * can override by setting the languages by hand.
 */
final class PairArranger {

    private PairArranger() {
    }

    static ArrangedPair arrange(AnalyzedDocument first, AnalyzedDocument second) {
        SidesDecision sides = SidesDecision.decide(first.guess(), second.guess());
        return switch (sides.verdict()) {
            case SPANISH_ENGLISH, CHOSEN_BY_USER -> new ArrangedPair(sides.spanish(first, second), sides.english(first, second));
            case UNKNOWN -> throw new InputProblem(Problem.LANGUAGE_UNKNOWN,
                    (first.lang().isKnown() ? second : first).fileName(), List.of());
            case SAME_LANGUAGE -> throw new InputProblem(Problem.SAME_LANGUAGE, first.fileName(),
                    List.of(second.fileName(), first.lang()));
            case NOT_SPANISH_ENGLISH -> throw new InputProblem(Problem.NOT_SPANISH_ENGLISH, first.fileName(),
                    List.of(second.fileName(), first.lang(), second.lang()));
        };
    }

    /** The pair as the user arranged it: first on the left, whatever its language. */
    static ArrangedPair asGiven(AnalyzedDocument first, AnalyzedDocument second) {
        return new ArrangedPair(first, second);
    }
}
