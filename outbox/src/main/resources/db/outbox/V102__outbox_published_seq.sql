-- The order in which the relay sent the events (one relay at a time, so a total order), unlike seq, which is the
-- order of inserts and may differ from the order of commits. Sent as the ce_sequence header; cases-service uses it
-- as the SSE id and replays from this table what a reconnecting client missed.
create sequence outbox_published_seq;
alter table outbox_event add column published_seq bigint;
create unique index outbox_event_published_seq on outbox_event (topic, published_seq) where published_seq is not null;
