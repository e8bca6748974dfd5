-- A page of the case list is read from columns alone, in index order (issue 13): the next body's name joins the
-- columns a list line shows, so no line needs the whole view's JSON, and each list's order has an index that matches
-- it exactly (deleted cases are only listed when syncing, by updated_at).
alter table case_view add column next_committee_name varchar(200);
update case_view set next_committee_name = view -> 'nextCommittee' ->> 'name';
drop index case_view_status;
drop index case_view_last_activity;
create index case_view_listed on case_view (last_activity desc, case_number desc) where deleted = false;
create index case_view_listed_by_status on case_view (status, last_activity desc, case_number desc)
    where deleted = false;
