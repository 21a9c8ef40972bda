-- Indexes for reads whose plans were measured on PostgreSQL 15 with EXPLAIN (ANALYZE, BUFFERS) on the loaddata
-- set, grown by a year's worth of notifications, case audit rows and failed logins (src/test/resources/load/INDEXES.md).
-- Every other read on the hot pages already has an index of its own.

-- The unread count on the bell, on every page: ix_notification_user (user_id, created_at) found every one of the
-- user's notifications and dropped the read ones row by row; this finds the unread ones only.
create index ix_notification_user_read on notification (user_id, read_at);

-- The audit trail filtered by a user: the case audit half of the audit_trail view had no index on user_id and
-- read the whole table.
create index ix_case_audit_user on case_audit (user_id, happened_at);

-- The hourly clean-up of failed logins older than a day (LoginThrottle, on every node) read the whole table.
create index ix_login_attempt_attempted_at on login_attempt (attempted_at);
