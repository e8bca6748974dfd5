-- The payload as the text the service wrote, not jsonb (issue 13): nothing queries inside it, and as jsonb PostgreSQL
-- parsed every payload on insert and printed it again (with spaces added, keys reordered) for the relay, which sends
-- it to Kafka as read. Rows already written keep jsonb's printing of them.
alter table outbox_event alter column payload type text;
