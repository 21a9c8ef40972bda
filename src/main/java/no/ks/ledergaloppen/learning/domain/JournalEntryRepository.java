package no.ks.ledergaloppen.learning.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByCaseIdOrderByDateDescIdDesc(long caseId);
}
