package org.espejo.workspace;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParagraphRepository extends JpaRepository<StoredParagraph, Long> {

    @Query("select p from StoredParagraph p where p.document.id = ?1 and p.index >= ?2 and p.index < ?3 order by p.index")
    List<StoredParagraph> findRange(long documentId, int start, int end);

    @Query("select count(p) from StoredParagraph p where p.document.id = ?1")
    int countByDocument(long documentId);
}
