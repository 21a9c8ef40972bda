-- Nyttiggjort: since when and by whom the new practice is in regular use (recorded in Operations), and
-- when and by whom the case was marked finished (only once it is in use; null again when reopened).
alter table innovation_case add column in_use_since date;
alter table innovation_case add column in_use_by varchar(1000);
alter table innovation_case add column finished_at timestamp with time zone;
alter table innovation_case add column finished_by bigint;
