-- The meetings cases-service has heard of on meeting-published (issue 14), so that a case step links the meeting it
-- happened at, with its start, also a step known only from another document's "Sagens forløb": the meeting of that
-- body on that date. (Version 3: below the outbox module's 100+;
-- a database already past them takes it with flyway out-of-order.)
create table known_meeting (
    meeting_id   varchar(200) primary key,
    body_id      varchar(200) not null,
    meeting_date date         not null,
    starts_at    varchar(40)  not null,
    revision     integer      not null,
    withdrawn    boolean      not null
);
create index known_meeting_body_date on known_meeting (body_id, meeting_date);
