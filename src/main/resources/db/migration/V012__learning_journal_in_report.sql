-- The leader group marks the journal entries that go into the case report ("ta med i rapporten").
alter table journal_entry add column in_report boolean default false not null;
