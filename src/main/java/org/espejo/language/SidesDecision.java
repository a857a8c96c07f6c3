package org.espejo.language;

import java.util.Objects;
import org.espejo.text.Lang;

/**
 * Which of two documents is the Spanish one and which the English one, whatever order they
 * were uploaded in; or why that cannot be said, so the UI can explain it and let the user
 * choose.
 *
 * <pre>{@code
 * SidesDecision sides = SidesDecision.decide(detector.profile(a), detector.profile(b));
 * if (sides.isUsable()) {
 *     Document spanish = sides.spanish(a, b);
 *     Document english = sides.english(a, b);
 * } else {
 *     // explain sides.verdict() with sides.first() and sides.second(), then offer
 *     // SidesDecision.chosenByUser(Side.FIRST, sides.first(), sides.second())
 * }
 * }</pre>
 *
 * @param verdict the outcome
 * @param first   the language found for the first document
 * @param second  the language found for the second document
 * @param spanish which document is the Spanish one; {@link Side#NEITHER} unless
 *                {@link #isUsable()}
 */
public record SidesDecision(Verdict verdict, LanguageGuess first, LanguageGuess second, Side spanish) {

    /** The outcome of a decision. */
    public enum Verdict {
        /** One document is Spanish and the other English. */
        SPANISH_ENGLISH,
        /** The user said which side is Spanish, overriding what was found. */
        CHOSEN_BY_USER,
        /** Both documents are in the same language (named by {@link #first()}). */
        SAME_LANGUAGE,
        /** Both languages are known and differ, but they are not Spanish and English. */
        NOT_SPANISH_ENGLISH,
        /** The language of at least one document could not be called (too short or too mixed). */
        UNKNOWN
    }

    /** One of the two documents, in the order they were given. */
    public enum Side {
        FIRST,
        SECOND,
        /** No side: the decision is not usable. */
        NEITHER;

        /** The other side; {@link #NEITHER} stays {@link #NEITHER}. */
        public Side other() {
            return switch (this) {
                case FIRST -> SECOND;
                case SECOND -> FIRST;
                case NEITHER -> NEITHER;
            };
        }
    }

    public SidesDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(spanish, "spanish");
        boolean usable = verdict == Verdict.SPANISH_ENGLISH || verdict == Verdict.CHOSEN_BY_USER;
        if (usable == (spanish == Side.NEITHER)) {
            throw new IllegalArgumentException(verdict + " with Spanish side " + spanish);
        }
    }

    /** Decides from the two documents' profiles. */
    public static SidesDecision decide(DocumentLanguages first, DocumentLanguages second) {
        return decide(first.document(), second.document());
    }

    /** Decides from the two documents' languages. */
    public static SidesDecision decide(LanguageGuess first, LanguageGuess second) {
        Lang a = first.lang();
        Lang b = second.lang();
        if (!a.isKnown() || !b.isKnown()) {
            return new SidesDecision(Verdict.UNKNOWN, first, second, Side.NEITHER);
        }
        if (a == Lang.SPANISH && b == Lang.ENGLISH) {
            return new SidesDecision(Verdict.SPANISH_ENGLISH, first, second, Side.FIRST);
        }
        if (a == Lang.ENGLISH && b == Lang.SPANISH) {
            return new SidesDecision(Verdict.SPANISH_ENGLISH, first, second, Side.SECOND);
        }
        Verdict verdict = a == b ? Verdict.SAME_LANGUAGE : Verdict.NOT_SPANISH_ENGLISH;
        return new SidesDecision(verdict, first, second, Side.NEITHER);
    }

    /** The user's choice of the Spanish side, whatever was found. */
    public static SidesDecision chosenByUser(Side spanish, LanguageGuess first, LanguageGuess second) {
        if (spanish == Side.NEITHER) {
            throw new IllegalArgumentException("the user must choose a side");
        }
        return new SidesDecision(Verdict.CHOSEN_BY_USER, first, second, spanish);
    }

    /** Whether the pair can be compared as Spanish and English. */
    public boolean isUsable() {
        return spanish != Side.NEITHER;
    }

    /** The Spanish one of {@code first} and {@code second}; only if {@link #isUsable()}. */
    public <T> T spanish(T first, T second) {
        return pick(spanish, first, second);
    }

    /** The English one of {@code first} and {@code second}; only if {@link #isUsable()}. */
    public <T> T english(T first, T second) {
        return pick(spanish.other(), first, second);
    }

    private <T> T pick(Side side, T first, T second) {
        return switch (side) {
            case FIRST -> first;
            case SECOND -> second;
            case NEITHER -> throw new IllegalStateException("no Spanish and English sides: " + verdict);
        };
    }
}
