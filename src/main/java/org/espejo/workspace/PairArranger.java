package org.espejo.workspace;

import java.util.List;
import org.espejo.text.Lang;

/**
 * Decides which of two documents goes in the Spanish column. A pair that is not one Spanish
 * and one English document is refused with a {@link Problem} the user can override by setting
 * the languages by hand.
 */
final class PairArranger {

    private PairArranger() {
    }

    static ArrangedPair arrange(AnalyzedDocument first, AnalyzedDocument second) {
        Lang a = first.lang();
        Lang b = second.lang();
        if (a == Lang.SPANISH && b == Lang.ENGLISH) {
            return new ArrangedPair(first, second);
        }
        if (a == Lang.ENGLISH && b == Lang.SPANISH) {
            return new ArrangedPair(second, first);
        }
        if (!a.isKnown() || !b.isKnown()) {
            AnalyzedDocument unknown = a.isKnown() ? second : first;
            throw new InputProblem(Problem.LANGUAGE_UNKNOWN, unknown.fileName(), List.of());
        }
        if (a == b) {
            throw new InputProblem(Problem.SAME_LANGUAGE, first.fileName(), List.of(second.fileName(), a));
        }
        throw new InputProblem(Problem.NOT_SPANISH_ENGLISH, first.fileName(),
                List.of(second.fileName(), a, b));
    }

    /** The pair as the user arranged it: first on the left, whatever its language. */
    static ArrangedPair asGiven(AnalyzedDocument first, AnalyzedDocument second) {
        return new ArrangedPair(first, second);
    }
}
