package org.espejo.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DismissalRepository extends JpaRepository<DismissalRecord, Long> {

    List<DismissalRecord> findByComparisonId(long comparisonId);

    Optional<DismissalRecord> findByComparisonIdAndFingerprint(long comparisonId, String fingerprint);
}
