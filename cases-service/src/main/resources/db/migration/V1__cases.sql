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
