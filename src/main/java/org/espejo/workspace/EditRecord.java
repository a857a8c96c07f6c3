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
import java.time.Instant;

/**
 * One correction in a comparison's edit log: which rows it replaced (before and after, as
 * JSON snapshots, so it can be undone and redone exactly) and, for a text edit, the paragraph's
 * text before and after.
 */
@Entity
@Table(name = "edit")
class EditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "edit_seq")
    @SequenceGenerator(name = "edit_seq", sequenceName = "edit_seq", allocationSize = 50)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "comparison_id")
    Comparison comparison;

    @Column(nullable = false)
    int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    EditKind kind;

    /** Position of the first replaced row. */
    @Column(nullable = false)
    int position;

    @Column(name = "before_rows", nullable = false)
    String beforeRows;

    @Column(name = "after_rows", nullable = false)
    String afterRows;

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    Side side;

    @Column(name = "paragraph_idx")
    Integer paragraphIndex;

    @Column(name = "before_text")
    String beforeText;

    @Column(name = "after_text")
    String afterText;

    @Column(nullable = false, length = 100)
    String author;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(nullable = false)
    boolean undone;

    protected EditRecord() {
    }
}
