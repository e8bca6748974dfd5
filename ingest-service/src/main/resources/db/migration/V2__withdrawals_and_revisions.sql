-- Withdrawals and corrections (issue 10). A withdrawn document is kept, with when, why and by whom; posting the
-- same bytes again reinstates it.
alter table document drop constraint document_status_check;
alter table document add constraint document_status_check check (status in ('ACCEPTED', 'REJECTED', 'WITHDRAWN'));
alter table document add column withdrawn_at      timestamptz;
alter table document add column withdrawal_reason text;
alter table document add column modified_at       timestamptz;
update document set modified_at = received_at;
alter table document alter column modified_at set not null;
create index document_modified_at on document (modified_at, id);

-- A meeting's revision grows with every change: a new version, a withdrawal, a reinstatement. Its events carry
-- it, so consumers know which word on the meeting is the latest. A meeting none of whose versions is left has no
-- current document.
alter table meeting add column revision integer;
update meeting set revision = current_version;
alter table meeting alter column revision set not null;
alter table meeting alter column current_document_id drop not null;
