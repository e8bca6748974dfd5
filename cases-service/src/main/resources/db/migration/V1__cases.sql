-- What each agenda item of each meeting version says about a case. A newer version of the same minutes replaces
-- the older one's rows; the timeline is computed from these.
create table case_statement (
    case_number     varchar(20)  not null,
    meeting_id      varchar(200) not null,
    item_number     integer      not null,
    meeting_version integer      not null,
    meeting_date    date         not null,
    statement       jsonb        not null,
    received_at     timestamptz  not null,
    primary key (case_number, meeting_id, item_number)
);

-- The computed timeline of each case, ready to serve: GET /cases/{n} is one primary-key lookup.
create table case_view (
    case_number    varchar(20) primary key,
    title          text        not null,
    status         varchar(20) not null,
    next_committee varchar(200),
    last_activity  date,
    -- ' bfu su oeu ': every body on the route or in a step, for the committee filter
    committees     text        not null,
    -- every title the case carried, lower case, for the q filter
    search_text    text        not null,
    view           jsonb       not null,
    updated_at     timestamptz not null
);
create index case_view_status on case_view (status, last_activity desc);
create index case_view_last_activity on case_view (last_activity desc, case_number);

-- Consumed event ids, stored in the same transaction as the change they caused: a redelivered event changes nothing.
create table processed_event (
    event_id     varchar(64) primary key,
    processed_at timestamptz not null
);

-- Transactional outbox for case-updated (module outbox).
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
