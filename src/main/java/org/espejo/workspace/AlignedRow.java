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

/**
 * One aligned group of a comparison: paragraph ranges on the left and right side (half-open;
 * an empty range marks a gap), the engine's confidence, the row's review status, and the
 * evidence and sentence links as JSON.
 */
@Entity
@Table(name = "aligned_row")
class AlignedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aligned_row_seq")
    @SequenceGenerator(name = "aligned_row_seq", sequenceName = "aligned_row_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    Comparison comparison;

    @Column(nullable = false)
    int position;

    @Column(name = "left_start", nullable = false)
    int leftStart;

    @Column(name = "left_end", nullable = false)
    int leftEnd;

    @Column(name = "right_start", nullable = false)
    int rightStart;

    @Column(name = "right_end", nullable = false)
    int rightEnd;

    @Column(nullable = false)
    double confidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    RowStatus status;

    @Column(nullable = false)
    String evidence;

    @Column(name = "sentence_links", nullable = false)
    String sentenceLinks;

    protected AlignedRow() {
    }
}
