-- The audit tables are append-only: the database refuses to change or remove their rows (a Java trigger,
-- as H2 has no procedural triggers). PostgreSQL has its own V014.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call 'no.ks.ledergaloppen.audit.domain.AppendOnlyTrigger';
create trigger case_audit_append_only before update, delete on case_audit
    for each row call 'no.ks.ledergaloppen.audit.domain.AppendOnlyTrigger';
