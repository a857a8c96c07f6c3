/**
 * Language identification with Lingua: one shared detector for Spanish, English and the
 * languages most often mixed into them, per document, paragraph and sentence, with an
 * explicit {@link org.espejo.language.LanguageGuess#UNKNOWN} when text is too short or too
 * mixed to call. Lingua's types never leave this package.
 */
package org.espejo.language;
