/**
 * Turns uploaded files and pasted text into {@link org.espejo.text.Document}s: the one public
 * entry point is {@link org.espejo.ingest.DocumentExtractor}. Plain text is decoded and split
 * without Tika; Markdown is read with CommonMark; Word, OpenDocument, RTF, PDF, HTML and EPUB go
 * through Apache Tika's structured XHTML output, collected block by block into paragraphs that
 * keep their kind, with PDF lines, pages, running headers and hyphenation reassembled. Untrusted
 * input is bounded ({@link org.espejo.ingest.ExtractionLimits}), checked for truncation and
 * bombs, parsed on a fixed pool of parse threads under a time limit, and every failure is an
 * {@link org.espejo.ingest.ExtractionException} with a reason the UI can explain. Tika's (and
 * POI's, PDFBox's, CommonMark's) types never leave this package.
 */
package org.espejo.ingest;
