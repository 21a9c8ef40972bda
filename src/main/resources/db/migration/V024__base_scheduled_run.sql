-- Scheduled jobs run once a day across all nodes: the node that inserts (job, run_on) first runs it; the
-- others hit the primary key and leave it (base.JobClaims).
create table scheduled_run (
    job        varchar(100)             not null,
    run_on     date                     not null,
    node       varchar(200)             not null,
    claimed_at timestamp with time zone not null,
    primary key (job, run_on)
);
