-- The audit tables are append-only: the database itself refuses to change or remove their rows,
-- whatever the application (or anyone with its credentials) attempts. H2 has its own V014.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_refuse_change();

create trigger case_audit_append_only before update or delete on case_audit
    for each row execute function audit_refuse_change();
create trigger case_audit_no_truncate before truncate on case_audit
    for each statement execute function audit_refuse_change();
