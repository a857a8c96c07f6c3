package org.espejo.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AlignedRowRepository extends JpaRepository<AlignedRow, Long> {

    @Query("select r from AlignedRow r where r.comparison.id = ?1 and r.position >= ?2 and r.position < ?3 order by r.position")
    List<AlignedRow> findPositions(long comparisonId, int from, int to);

    @Query("select r from AlignedRow r where r.comparison.id = ?1 order by r.position")
    List<AlignedRow> findAllOf(long comparisonId);

    @Query("select count(r) from AlignedRow r where r.comparison.id = ?1")
    int countOf(long comparisonId);

    @Query("select count(r) from AlignedRow r where r.comparison.id = ?1 and r.status <> org.espejo.workspace.RowStatus.AUTOMATIC")
    int countReviewed(long comparisonId);

    @Modifying
    @Query("delete from AlignedRow r where r.comparison.id = ?1")
    void deleteAllOf(long comparisonId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from AlignedRow r where r.comparison.id = ?1 and r.position >= ?2 and r.position < ?3")
    void deletePositions(long comparisonId, int from, int to);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AlignedRow r set r.position = r.position + ?3 where r.comparison.id = ?1 and r.position >= ?2")
    void shiftFrom(long comparisonId, int from, int delta);

    @Query("select r from AlignedRow r where r.comparison.id = ?1 and r.leftStart <= ?2 and ?2 < r.leftEnd")
    List<AlignedRow> findByLeftParagraph(long comparisonId, int paragraph);

    @Query("select r from AlignedRow r where r.comparison.id = ?1 and r.rightStart <= ?2 and ?2 < r.rightEnd")
    List<AlignedRow> findByRightParagraph(long comparisonId, int paragraph);
}
