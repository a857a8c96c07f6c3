package org.espejo.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A saved comparison of two documents. Its version guards every edit (optimistic locking). */
@Entity
@Table(name = "comparison")
class Comparison {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comparison_seq")
    @SequenceGenerator(name = "comparison_seq", sequenceName = "comparison_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 300)
    String name;

    @Column(name = "left_lang", nullable = false, length = 8)
    String leftLang;

    @Column(name = "right_lang", nullable = false, length = 8)
    String rightLang;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Ids of the checks switched off for this comparison, comma-separated. */
    @Column(name = "disabled_checks", nullable = false, length = 200)
    String disabledChecks = "";

    @Version
    long version;

    protected Comparison() {
    }

    Comparison(String name, String leftLang, String rightLang, Instant now) {
        this.name = name;
        this.leftLang = leftLang;
        this.rightLang = rightLang;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
