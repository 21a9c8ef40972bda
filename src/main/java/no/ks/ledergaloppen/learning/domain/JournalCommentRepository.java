package no.ks.ledergaloppen.learning.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalCommentRepository extends JpaRepository<JournalComment, Long> {

    List<JournalComment> findByEntryIdInOrderByCreatedAtAscIdAsc(Collection<Long> entryIds);
}
