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
import java.time.Instant;

/** A finding the user dismissed, remembered by its content fingerprint, with the reason. */
@Entity
@Table(name = "dismissal")
class DismissalRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dismissal_seq")
    @SequenceGenerator(name = "dismissal_seq", sequenceName = "dismissal_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    Comparison comparison;

    @Column(nullable = false, length = 64)
    String fingerprint;

    @Column(nullable = false, length = 1000)
    String reason;

    @Column(nullable = false, length = 100)
    String author;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected DismissalRecord() {
    }

    DismissalRecord(Comparison comparison, String fingerprint, String reason, String author, Instant createdAt) {
        this.comparison = comparison;
        this.fingerprint = fingerprint;
        this.reason = reason;
        this.author = author;
        this.createdAt = createdAt;
    }
}
