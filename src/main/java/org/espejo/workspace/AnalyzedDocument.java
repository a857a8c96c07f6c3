package org.espejo.workspace;

import java.util.Objects;
import org.espejo.language.DocumentLanguages;
import org.espejo.language.LanguageGuess;
import org.espejo.text.Document;
import org.espejo.text.Lang;

/**
 * A document that was extracted and whose languages were detected, ready to be compared. The
 * user may override its language ({@link #withLanguage}). Immutable.
 */
public final class AnalyzedDocument {

    private final Document document;
    private final DocumentLanguages languages;
    private final LanguageGuess language;
    private final boolean overridden;

    AnalyzedDocument(Document document, DocumentLanguages languages) {
        this(document, languages, languages.document(), false);
    }

    private AnalyzedDocument(Document document, DocumentLanguages languages, LanguageGuess language,
                             boolean overridden) {
        this.document = Objects.requireNonNull(document, "document");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.language = Objects.requireNonNull(language, "language");
        this.overridden = overridden;
    }

    /** The same document, declared by the user to be in {@code lang}. */
    public AnalyzedDocument withLanguage(Lang lang) {
        return new AnalyzedDocument(document, languages, new LanguageGuess(lang, 1.0), true);
    }

    public String fileName() {
        return document.info().fileName();
    }

    public int paragraphCount() {
        return document.size();
    }

    public long characterCount() {
        return document.characterCount();
    }

    /** The document's language (detected, or as the user set it). */
    public Lang lang() {
        return language.lang();
    }

    /** Confidence of the detected language in [0, 1]; 1 when the user set it. */
    public double langConfidence() {
        return language.confidence();
    }

    public boolean isLanguageOverridden() {
        return overridden;
    }

    LanguageGuess guess() {
        return language;
    }

    Document document() {
        return document;
    }

    DocumentLanguages languages() {
        return languages;
    }
}
