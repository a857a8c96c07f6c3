package org.espejo.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EditRepository extends JpaRepository<EditRecord, Long> {

    @Query("select max(e.seq) from EditRecord e where e.comparison.id = ?1")
    Optional<Integer> lastSeq(long comparisonId);

    Optional<EditRecord> findFirstByComparisonIdAndUndoneFalseOrderBySeqDesc(long comparisonId);

    Optional<EditRecord> findFirstByComparisonIdAndUndoneTrueOrderBySeqAsc(long comparisonId);

    @Modifying
    @Query("delete from EditRecord e where e.comparison.id = ?1 and e.undone = true")
    void dropUndone(long comparisonId);

    @Query("select e from EditRecord e where e.comparison.id = ?1 and e.kind = org.espejo.workspace.EditKind.EDIT_TEXT"
            + " and e.undone = false and e.side = ?2 and e.paragraphIndex >= ?3 and e.paragraphIndex < ?4 order by e.seq desc")
    List<EditRecord> textEdits(long comparisonId, Side side, int from, int to);

    @Query("select count(e) from EditRecord e where e.comparison.id = ?1 and e.undone = false")
    int countDone(long comparisonId);

    @Query("select count(e) from EditRecord e where e.comparison.id = ?1 and e.undone = true")
    int countUndone(long comparisonId);
}
