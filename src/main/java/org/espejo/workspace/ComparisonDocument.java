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

/** One of the two documents of a comparison, with what extraction and detection found. */
@Entity
@Table(name = "document")
class ComparisonDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    Comparison comparison;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    Side side;

    @Column(name = "file_name", nullable = false, length = 500)
    String fileName;

    @Column(name = "media_type", nullable = false, length = 200)
    String mediaType;

    @Column(nullable = false, length = 1000)
    String title;

    @Column(nullable = false, length = 500)
    String author;

    @Column(name = "char_count", nullable = false)
    long charCount;

    @Column(nullable = false, length = 8)
    String lang;

    @Column(name = "lang_confidence", nullable = false)
    double langConfidence;

    protected ComparisonDocument() {
    }
}
