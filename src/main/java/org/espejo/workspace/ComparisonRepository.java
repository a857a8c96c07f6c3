package org.espejo.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComparisonRepository extends JpaRepository<Comparison, Long> {

    List<Comparison> findAllByOrderByUpdatedAtDesc();
}
