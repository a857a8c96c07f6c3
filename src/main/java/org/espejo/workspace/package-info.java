/**
 * The workspace: Spring services and JPA persistence for comparisons, their documents,
 * paragraphs and aligned rows. It runs the core pipeline (ingest → language → align) and is
 * the only API the UI uses; entities and repositories stay package-private.
 */
package org.espejo.workspace;
