-- What the test consumer's handler writes: one row per applied probe event.
create table probe_applied (
    event_id varchar(64) primary key,
    note     text not null,
    -- the trace id in the logging MDC while the handler ran
    trace_id varchar(32)
);
