-- Search lists the newest meetings first (issue 13). Each item carries its meeting's start, so matches are ordered
-- without a join to meeting, and an index in that order lets a common word's page be found by walking the newest
-- items instead of sorting every match (SearchQueries, NewestWalk). Items are always written with their meeting's
-- current version, so the copy cannot go stale.
alter table agenda_item add column meeting_starts_at timestamptz;
update agenda_item i set meeting_starts_at = m.starts_at from meeting m where m.id = i.meeting_id;
alter table agenda_item alter column meeting_starts_at set not null;
create index agenda_item_newest on agenda_item (meeting_starts_at desc, meeting_id desc, number);
