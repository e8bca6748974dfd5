-- Events the relay can never send (too large for the broker, refused by it) are set aside after
-- sagsspor.outbox.relay.max-attempts tries, with the reason, so the events after them go on. They stay in the table
-- for an operator (gauge sagsspor_outbox_set_aside); clearing set_aside_at (and attempts) sends one again.
-- created_at dates the backlog (gauge sagsspor_outbox_oldest_pending_seconds); rows written before this migration
-- get its time.
alter table outbox_event add column set_aside_at timestamptz;
alter table outbox_event add column set_aside_reason text;
alter table outbox_event add column created_at timestamptz not null default now();
drop index outbox_event_unpublished;
create index outbox_event_pending on outbox_event (seq) where published_at is null and set_aside_at is null;
create index outbox_event_set_aside on outbox_event (seq) where set_aside_at is not null;
