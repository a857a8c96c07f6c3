/**
 * Exchange formats: writes an aligned bitext as TMX 1.4b, XLIFF 2.1 and 1.2, TSV, CSV, XLSX, and
 * as a side-by-side report in HTML and DOCX, and reads TMX and XLIFF bilingual files back as
 * rows. The model ({@link org.espejo.exchange.BilingualDocument}) is independent of
 * persistence; {@link org.espejo.exchange.Exporter} and {@link org.espejo.exchange.Importer}
 * are the two entry points. Plain Java: depends only on {@code org.espejo.text} and
 * {@code org.espejo.align} values, the JDK's StAX, Commons CSV and Apache POI.
 */
package org.espejo.exchange;
