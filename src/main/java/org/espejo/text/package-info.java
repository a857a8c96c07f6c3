/**
 * Domain values shared by every part of Espejo: languages ({@link org.espejo.text.Lang}),
 * extracted documents and their paragraphs ({@link org.espejo.text.Document},
 * {@link org.espejo.text.Paragraph}), character spans, and the Spanish/English sentence
 * segmentation that the aligner and the checks build on. Plain Java, depends on nothing
 * else of Espejo's.
 */
package org.espejo.text;
