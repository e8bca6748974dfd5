-- Corrections and withdrawals (issue 10). What a meeting says about a case is ordered by the meeting's revision,
-- which grows with every change of the meeting (a new version, a withdrawal, a reinstatement); the meeting version
-- cannot order it once an earlier version can become current again.
alter table case_statement add column revision integer;
update case_statement set revision = meeting_version;
alter table case_statement alter column revision set not null;

-- The highest revision at which each meeting spoke of each case, by a decision or a retraction: anything that
-- arrives later with a lower revision is stale and changes nothing.
create table case_meeting_revision (
    case_number varchar(20)  not null,
    meeting_id  varchar(200) not null,
    revision    integer      not null,
    primary key (case_number, meeting_id)
);
insert into case_meeting_revision (case_number, meeting_id, revision)
    select case_number, meeting_id, max(revision) from case_statement group by case_number, meeting_id;

-- Each change of a case counts one revision (case-updated carries it); a case no document speaks of any more is
-- kept as deleted, so GET answers 410 Gone and a mirror syncing with modifiedSince learns of it.
alter table case_view add column revision bigint  not null default 1;
alter table case_view add column deleted  boolean not null default false;
create index case_view_updated_at on case_view (updated_at, case_number);
