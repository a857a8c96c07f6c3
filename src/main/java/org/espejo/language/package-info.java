/**
 * Language identification with Lingua: one shared detector
 * ({@link org.espejo.language.LinguaLanguageDetector#shared()}) for Spanish, English and the
 * languages most often mixed into them, per document, paragraph and sentence, with a
 * calibrated confidence and an explicit {@link org.espejo.language.LanguageGuess#UNKNOWN} when
 * text is too short or too mixed to call; which of two documents is the Spanish one
 * ({@link org.espejo.language.SidesDecision}); and the untranslated, quoted and other-language
 * passages of a side ({@link org.espejo.language.ForeignPassageFinder}). Lingua's types never
 * leave this package.
 */
package org.espejo.language;
