-- How many days without any activity make a case "stalled" on the cohort dashboard; set by the cohort's facilitators.
alter table cohort add column stall_days integer default 21 not null;
alter table cohort add constraint ck_cohort_stall_days check (stall_days between 1 and 365);
