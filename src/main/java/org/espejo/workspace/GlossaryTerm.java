package org.espejo.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A glossary entry: Spanish terms, their approved and forbidden English translations, a note.
 * Terms of one kind are kept separated by {@code |}. Without a comparison it is shared by all.
 */
@Entity
@Table(name = "glossary_term")
class GlossaryTerm {

    static final String SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "glossary_term_seq")
    @SequenceGenerator(name = "glossary_term_seq", sequenceName = "glossary_term_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comparison_id")
    Comparison comparison;

    @Column(name = "source_terms", nullable = false, length = 2000)
    String sourceTerms;

    @Column(name = "approved_terms", nullable = false, length = 2000)
    String approvedTerms;

    @Column(name = "forbidden_terms", nullable = false, length = 2000)
    String forbiddenTerms;

    @Column(nullable = false, length = 1000)
    String note;

    protected GlossaryTerm() {
    }

    GlossaryTerm(Comparison comparison, String sourceTerms, String approvedTerms, String forbiddenTerms, String note) {
        this.comparison = comparison;
        this.sourceTerms = sourceTerms;
        this.approvedTerms = approvedTerms;
        this.forbiddenTerms = forbiddenTerms;
        this.note = note;
    }
}
