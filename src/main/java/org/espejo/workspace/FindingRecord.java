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

/** A finding of the last check run, stored whole as JSON with the columns the queries need. */
@Entity
@Table(name = "finding")
class FindingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    Comparison comparison;

    @Column(name = "row_position", nullable = false)
    int row;

    @Column(name = "check_type", nullable = false, length = 20)
    String type;

    @Column(nullable = false, length = 10)
    String severity;

    @Column(nullable = false, length = 64)
    String fingerprint;

    @Column(nullable = false)
    String body;

    protected FindingRecord() {
    }

    FindingRecord(Comparison comparison, int row, String type, String severity, String fingerprint, String body) {
        this.comparison = comparison;
        this.row = row;
        this.type = type;
        this.severity = severity;
        this.fingerprint = fingerprint;
        this.body = body;
    }
}
