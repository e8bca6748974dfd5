-- Bodies: the registry, and every body first seen in a meeting, a route or a history.
create table body (
    id           varchar(200) primary key,
    name         text         not null,
    abbreviation varchar(20),
    kind         varchar(40)  not null,
    modified_at  timestamptz  not null
);

-- One person across bodies, by name (the minutes give no other identity).
create table person (
    id          varchar(200) primary key,
    name        text         not null,
    modified_at timestamptz  not null
);

-- A meeting and its current version; a newer version of the same minutes replaces the older.
create table meeting (
    id          varchar(200) primary key,
    body_id     varchar(200) not null references body (id),
    starts_at   timestamptz  not null,
    start_offset varchar(6)  not null,
    location    text,
    status      varchar(10)  not null check (status in ('FINAL', 'DRAFT')),
    version     integer      not null,
    document_id varchar(64)  not null,
    attendees   jsonb        not null,
    absentees   jsonb        not null,
    modified_at timestamptz  not null
);
create index meeting_body_starts on meeting (body_id, starts_at desc);
create index meeting_starts on meeting (starts_at desc, id);
create index meeting_modified on meeting (modified_at);

-- The agenda of a meeting's current version, with a Danish full-text vector over titles, decisions and sections.
create table agenda_item (
    meeting_id       varchar(200) not null references meeting (id) on delete cascade,
    number           integer      not null,
    title            text         not null,
    time_slot        varchar(20),
    case_number      varchar(20),
    decision_text    text,
    outcome          varchar(20)  not null,
    absentees        jsonb        not null,
    resume           text,
    indstillinger    text,
    sagsfremstilling text,
    oekonomiske_konsekvenser text,
    planned_route    jsonb        not null,
    attachments      jsonb        not null,
    search           tsvector generated always as (
        setweight(to_tsvector('danish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('danish', coalesce(decision_text, '')), 'B') ||
        setweight(to_tsvector('danish', coalesce(resume, '') || ' ' || coalesce(indstillinger, '') || ' ' ||
                                        coalesce(sagsfremstilling, '') || ' ' || coalesce(oekonomiske_konsekvenser, '')), 'C')
    ) stored,
    primary key (meeting_id, number)
);
create index agenda_item_search on agenda_item using gin (search);
create index agenda_item_case on agenda_item (case_number);

-- Who attended or was absent where, from each meeting's current version (attendance lists, "Afbud:" lines, and
-- the absentees of other bodies' steps named in its case histories). Memberships per term are derived from it.
create table attendance (
    source_meeting_id varchar(200) not null references meeting (id) on delete cascade,
    person_id         varchar(200) not null references person (id),
    body_id           varchar(200) not null references body (id),
    date              date         not null,
    term              varchar(9)   not null,
    attended          boolean      not null,
    primary key (source_meeting_id, person_id, body_id, date)
);
create index attendance_body_term on attendance (body_id, term);
create index attendance_person on attendance (person_id);
