-- A case whose municipality has left its cohort is archived: read-only, out of the active lists.
alter table innovation_case add column archived boolean default false not null;
