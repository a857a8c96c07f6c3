package org.espejo.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<FindingRecord, Long> {

    @Query("select f from FindingRecord f where f.comparison.id = ?1 order by f.row, f.id")
    List<FindingRecord> findAllOf(long comparisonId);

    @Query("select f from FindingRecord f where f.comparison.id = ?1 and f.row = ?2 order by f.id")
    List<FindingRecord> findInRow(long comparisonId, int row);

    /** Rows and their numbers of findings that were not dismissed, without reading the findings. */
    @Query("select f.row, count(f) from FindingRecord f where f.comparison.id = ?1 and f.fingerprint not in"
            + " (select d.fingerprint from DismissalRecord d where d.comparison.id = ?1) group by f.row")
    List<Object[]> openCountsByRow(long comparisonId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from FindingRecord f where f.comparison.id = ?1")
    void deleteAllOf(long comparisonId);
}
