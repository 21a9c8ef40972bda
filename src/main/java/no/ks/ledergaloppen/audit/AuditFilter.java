package no.ks.ledergaloppen.audit;

import java.time.LocalDate;
import no.ks.ledergaloppen.base.AuditKind;
import no.ks.ledergaloppen.base.DomainException;

/** Which audit entries to show: one person's, one kind, between two days (both included); null for any. */
public record AuditFilter(Long userId, AuditKind kind, LocalDate from, LocalDate to) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null);

    /** Refuses a range that ends before it starts, naming the field to correct. */
    public AuditFilter check() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("to", "audit.error.toBeforeFrom");
        }
        return this;
    }
}
