package org.espejo.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GlossaryRepository extends JpaRepository<GlossaryTerm, Long> {

    /** The comparison's own terms and the shared ones. */
    @Query("select g from GlossaryTerm g where g.comparison is null or g.comparison.id = ?1 order by g.id")
    List<GlossaryTerm> findFor(long comparisonId);
}
