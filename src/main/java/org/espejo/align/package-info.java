/**
 * The alignment engine: finds which passages of one text translate which passages of the
 * other. Beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3) are scored by cheap language-pair
 * aware signals and chosen by banded dynamic programming; each bead carries a confidence
 * and the evidence for it. Plain Java: depends only on {@code org.espejo.text}.
 */
package org.espejo.align;
