package org.espejo.exchange;

import java.util.Objects;

/**
 * What to write and how; built with {@link #builder()}, which validates every choice at once.
 * {@link #defaults()}: the document's own language tags, every row (gaps included), paragraph
 * segments, no byte order mark.
 *
 * @param sourceLanguage   the source language tag to write ({@code es}, {@code es-MX}, …), or
 *                         {@code ""} to write the document's own tag
 * @param targetLanguage   the target language tag to write, or {@code ""} for the document's
 * @param includeGaps      whether 1-0 and 0-1 rows are written (TMX writes only the present
 *                         side's variant, so translation memories take no empty translation)
 * @param confirmedOnly    whether only reviewed rows ({@link ReviewStatus#isReviewed()}) are written
 * @param segtype          one TMX unit / table line per row or per sentence pair (XLIFF always
 *                         writes a unit per row with a segment per sentence pair; the
 *                         reports always show rows)
 * @param byteOrderMark    whether TSV and CSV start with a UTF-8 byte order mark (for Excel)
 * @param toolVersion      the version written as TMX's {@code creationtoolversion}
 * @param reportLanguage   the language of the labels in the HTML and DOCX reports: {@code en} or {@code es}
 */
public record ExportOptions(String sourceLanguage, String targetLanguage, boolean includeGaps,
                            boolean confirmedOnly, Segtype segtype, boolean byteOrderMark,
                            String toolVersion, String reportLanguage) {

    /** Use the document's own language tag. */
    public static final String DOCUMENT_LANGUAGE = "";

    public ExportOptions {
        sourceLanguage = languageOrDocument(sourceLanguage);
        targetLanguage = languageOrDocument(targetLanguage);
        Objects.requireNonNull(segtype, "segtype");
        Objects.requireNonNull(toolVersion, "toolVersion");
        if (toolVersion.isBlank()) {
            throw new IllegalArgumentException("blank tool version");
        }
        reportLanguage = LanguageTags.primary(Objects.requireNonNull(reportLanguage, "reportLanguage"));
        if (!ReportLabels.supports(reportLanguage)) {
            throw new IllegalArgumentException("no report labels in " + reportLanguage);
        }
    }

    /** The defaults: document languages, all rows, paragraph segments, no BOM. */
    public static ExportOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The source tag to write for a document. */
    String sourceTag(BilingualDocument document) {
        return sourceLanguage.isEmpty() ? document.sourceLang() : sourceLanguage;
    }

    /** The target tag to write for a document. */
    String targetTag(BilingualDocument document) {
        return targetLanguage.isEmpty() ? document.targetLang() : targetLanguage;
    }

    /** Whether a row is written under these options. */
    boolean accepts(BilingualRow row) {
        return (includeGaps || !row.isGap()) && (!confirmedOnly || row.status().isReviewed());
    }

    /** Whether a sentence pair is written as its own entry under these options. */
    boolean accepts(SentencePair pair) {
        return includeGaps || !pair.isGap();
    }

    private static String languageOrDocument(String tag) {
        Objects.requireNonNull(tag, "language");
        return tag.isBlank() ? DOCUMENT_LANGUAGE : LanguageTags.normalize(tag);
    }

    /** Builds {@link ExportOptions}; every setter fails at once on a bad value. Not thread-safe. */
    public static final class Builder {
        private String sourceLanguage = DOCUMENT_LANGUAGE;
        private String targetLanguage = DOCUMENT_LANGUAGE;
        private boolean includeGaps = true;
        private boolean confirmedOnly;
        private Segtype segtype = Segtype.PARAGRAPH;
        private boolean byteOrderMark;
        private String toolVersion = Exporter.toolVersion();
        private String reportLanguage = "en";

        private Builder() {
        }

        /**
         * The language tags to write, e.g. {@code ("es-MX", "en-US")}; each must name the same
         * language as the document's tag (checked when writing).
         *
         * @throws IllegalArgumentException if a tag is not a well-formed language tag
         */
        public Builder languages(String source, String target) {
            this.sourceLanguage = LanguageTags.normalize(source);
            this.targetLanguage = LanguageTags.normalize(target);
            return this;
        }

        /** Whether to write 1-0 and 0-1 rows (default: yes). */
        public Builder includeGaps(boolean include) {
            this.includeGaps = include;
            return this;
        }

        /** Whether to write reviewed rows only (default: no, all rows). */
        public Builder confirmedOnly(boolean only) {
            this.confirmedOnly = only;
            return this;
        }

        /** Paragraph or sentence entries (default: paragraph). */
        public Builder segtype(Segtype type) {
            this.segtype = Objects.requireNonNull(type, "segtype");
            return this;
        }

        /** Whether TSV and CSV start with a UTF-8 byte order mark (default: no). */
        public Builder byteOrderMark(boolean bom) {
            this.byteOrderMark = bom;
            return this;
        }

        /** The creation tool version written into TMX headers (default: this build's version). */
        public Builder toolVersion(String version) {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("blank tool version");
            }
            this.toolVersion = version;
            return this;
        }

        /**
         * The language of the report labels: {@code en} or {@code es} (default: en).
         *
         * @throws IllegalArgumentException for another language
         */
        public Builder reportLanguage(String language) {
            String primary = LanguageTags.primary(Objects.requireNonNull(language, "language"));
            if (!ReportLabels.supports(primary)) {
                throw new IllegalArgumentException("no report labels in " + language);
            }
            this.reportLanguage = primary;
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(sourceLanguage, targetLanguage, includeGaps, confirmedOnly, segtype,
                    byteOrderMark, toolVersion, reportLanguage);
        }
    }
}
