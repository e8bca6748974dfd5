-- The consumer side's message log (module outbox, class MessageLog): the id of every event a service has applied,
-- written in the same transaction as the change it caused, so a redelivered event changes nothing. A service that
-- consumes adds the location db/message-log to quarkus.flyway.locations.
create table message_log (
    event_id     varchar(64) primary key,
    event_type   varchar(200) not null,
    processed_at timestamptz not null
);
