package no.ks.ledergaloppen.audit.domain;

import org.springframework.data.repository.Repository;

/** Append-only: events are saved and read, never updated or deleted (the database refuses that too). */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);
}
