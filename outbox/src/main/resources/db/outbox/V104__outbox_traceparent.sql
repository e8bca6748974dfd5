-- The W3C traceparent of the request (or consumed event) that caused the event; sent as the Kafka header
-- traceparent, so the trace id follows the change into the consumers' logs.
alter table outbox_event add column traceparent varchar(55);
