/**
 * The alignment engine: finds which passages of one text translate which passages of the
 * other. Beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 4-1, 1-4) are scored by cheap,
 * language-pair aware signals (a length model fitted to the document, rarity-weighted
 * numbers, names, cognates, punctuation, a shipped Spanish–English word list and word pairs
 * learned from the document) and chosen by dynamic programming in a band around a chain of
 * anchors, so cost grows linearly with the texts; each bead carries a posterior confidence
 * and the evidence for it.
 *
 * <p>Entry points: {@link org.espejo.align.BandedAligner} (paragraphs, or any units, with
 * optional fixed links) and {@link org.espejo.align.SentenceAligner} (sentences inside each
 * paragraph bead). {@link org.espejo.align.LinkScore} scores an alignment against a gold one.
 * Plain Java: depends only on {@code org.espejo.text}.
 */
package org.espejo.align;
