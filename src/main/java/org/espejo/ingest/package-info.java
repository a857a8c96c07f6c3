/**
 * Turns uploaded files and pasted text into {@link org.espejo.text.Document}s with Apache
 * Tika: paragraph-faithful extraction from Tika's structured XHTML output, text clean-up,
 * size/time limits, and typed failures ({@link org.espejo.ingest.ExtractionException}) that
 * the UI can explain. Tika's types never leave this package.
 */
package org.espejo.ingest;
