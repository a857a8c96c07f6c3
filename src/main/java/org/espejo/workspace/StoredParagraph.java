package org.espejo.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.espejo.text.ParagraphKind;

/** A paragraph of a stored document, with its language and its sentences (as JSON). */
@Entity
@Table(name = "paragraph")
class StoredParagraph {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraph_seq")
    @SequenceGenerator(name = "paragraph_seq", sequenceName = "paragraph_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    ComparisonDocument document;

    @Column(name = "idx", nullable = false)
    int index;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    ParagraphKind kind;

    @Column(name = "body", nullable = false)
    String text;

    @Column(nullable = false, length = 8)
    String lang;

    @Column(name = "lang_confidence", nullable = false)
    double langConfidence;

    /** JSON list of {@code [start, end, lang, confidence]} per sentence. */
    @Column(nullable = false)
    String sentences;

    protected StoredParagraph() {
    }
}
