package org.espejo.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<ComparisonDocument, Long> {

    List<ComparisonDocument> findByComparisonId(long comparisonId);

    Optional<ComparisonDocument> findByComparisonIdAndSide(long comparisonId, Side side);
}
