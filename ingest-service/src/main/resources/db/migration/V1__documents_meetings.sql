-- Every document ever received, accepted or not, with its raw bytes: nothing is lost.
create table document (
    id              uuid primary key,
    sha256          char(64)     not null,
    media_type      varchar(200) not null,
    filename        varchar(500),
    size_bytes      bigint       not null,
    content         bytea        not null,
    status          varchar(20)  not null check (status in ('ACCEPTED', 'REJECTED')),
    reason          text,
    kind            varchar(20),
    parse_result    jsonb,
    meeting_id      varchar(200),
    meeting_version integer,
    received_at     timestamptz  not null
);
-- The same content is one document: an accepted one exists once per sha256.
create unique index document_accepted_sha256 on document (sha256) where status = 'ACCEPTED';
create index document_sha256 on document (sha256);
create index document_received_at on document (received_at desc, id);
create index document_meeting on document (meeting_id);

-- A meeting (body + date) and its current version; a corrected file or the PDF of the same minutes is a new version.
create table meeting (
    id                  varchar(200) primary key,
    body_id             varchar(200) not null,
    meeting_date        date         not null,
    current_version     integer      not null,
    current_document_id uuid         not null references document (id),
    updated_at          timestamptz  not null
);
