-- Corrections and withdrawals (issue 10). A meeting's revision orders what ingest-service said of it: a version
-- published again after a withdrawal has a lower version number but a higher revision. A withdrawn meeting (no
-- version of its minutes left) keeps its row, so GET answers 410 Gone and a mirror syncing with modifiedSince
-- learns of it; its agenda and attendance are gone.
alter table meeting add column revision integer;
update meeting set revision = version;
alter table meeting alter column revision set not null;
alter table meeting add column withdrawn boolean not null default false;
