package org.espejo.workspace;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComparisonRepository extends JpaRepository<Comparison, Long> {

    List<Comparison> findAllByOrderByUpdatedAtDesc();

    /**
     * Moves a comparison from {@code expected} to the next version; 0 when someone else
     * changed it first (the row lock makes the check and the increment atomic).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Comparison c set c.version = c.version + 1, c.updatedAt = ?3 where c.id = ?1 and c.version = ?2")
    int bumpVersion(long id, long expected, Instant now);

    /** Stores which checks are off; not a correction of the alignment, so the version stays. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Comparison c set c.disabledChecks = ?2 where c.id = ?1")
    int setDisabledChecks(long id, String disabledChecks);
}
