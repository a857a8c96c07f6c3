/**
 * Consistency checks over an aligned story: numbers and dates, names, omissions and
 * additions, untranslated text, inconsistent repeats, terminology, Spanish typography and
 * the consistency of names and terms across the story. The input is an
 * {@link org.espejo.check.AlignedStory} (built with {@link org.espejo.check.StoryBuilder}),
 * the output a list of {@link org.espejo.check.Finding}s, each with a message key that
 * {@link org.espejo.check.FindingMessages} renders in Spanish or English and a content
 * fingerprint that {@link org.espejo.check.Dismissals} matches across runs. Plain Java: depends
 * only on {@code org.espejo.text}, {@code org.espejo.align} and {@code org.espejo.language}
 * values.
 */
package org.espejo.check;
