-- The leader group's order of its municipality's cases in a cohort (1 first). Cases never ordered keep 0
-- and fall back to their age; the first reordering numbers them all.
alter table innovation_case add column priority integer default 0 not null;
