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

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from FindingRecord f where f.comparison.id = ?1")
    void deleteAllOf(long comparisonId);
}
