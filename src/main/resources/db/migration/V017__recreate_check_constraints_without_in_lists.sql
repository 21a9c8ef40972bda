-- H2 2.4.240 loses a check constraint written with an IN list (or an OR of text literals) once the
-- connection that created it is closed while the database stays open: every insert then fails with
-- "Check constraint invalid". The pooled connection that ran Flyway is retired after 30 minutes, so an
-- app on the embedded database would stop accepting new users and cases after half an hour. The same
-- rules as CASE expressions, which H2 keeps and which mean the same on PostgreSQL.
alter table app_user drop constraint ck_app_user_role;
alter table app_user add constraint ck_app_user_role check (case role
    when 'ADMIN' then 1 when 'FACILITATOR' then 1 when 'PARTICIPANT' then 1 else 0 end = 1);

alter table roadmap_phase drop constraint ck_roadmap_phase;
alter table roadmap_phase add constraint ck_roadmap_phase check (case phase
    when 'ANCHORING' then 1 when 'INSIGHT' then 1 when 'IDEAS' then 1 when 'TESTING' then 1
    when 'IMPLEMENTATION' then 1 when 'OPERATIONS' then 1 else 0 end = 1);

alter table innovation_case drop constraint ck_innovation_case_visibility;
alter table innovation_case add constraint ck_innovation_case_visibility check (case visibility
    when 'PRIVATE' then 1 when 'COHORT' then 1 else 0 end = 1);

alter table innovation_case drop constraint ck_innovation_case_phase;
alter table innovation_case add constraint ck_innovation_case_phase check (case phase
    when 'ANCHORING' then 1 when 'INSIGHT' then 1 when 'IDEAS' then 1 when 'TESTING' then 1
    when 'IMPLEMENTATION' then 1 when 'OPERATIONS' then 1 else 0 end = 1);
