-- Transactional outbox (module outbox): events written in the same transaction as the change that caused them,
-- relayed to Kafka afterwards by one relay at a time (see OutboxPublisher). Shipped in the outbox jar; a service
-- that publishes adds the location db/outbox to quarkus.flyway.locations. Version 100 sorts after the service's own.
create table outbox_event (
    seq          bigserial primary key,
    event_id     varchar(64)  not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      jsonb        not null,
    published_at timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
