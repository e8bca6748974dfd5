-- GET /cases/{n}'s answer, written ahead (issue 13): at 100,000 cases most reads miss the answers kept in memory, and
-- a miss read the view and its meetings' links and wrote the JSON, its tag and a gzipped copy (about 1 ms of CPU).
-- Now a consumer that changes a case marks its answer due, CaseAnswerWriter writes it (gzipped, with its tag) a
-- moment later, and a miss is one indexed read. A row per case that has a view; no foreign key, so the tests'
-- truncate of case_view needs no cascade.
create sequence case_answer_due;
create table case_answer (
    case_number varchar(20) primary key,
    -- The answer's JSON, gzipped; null while it is due.
    answer      bytea,
    etag        varchar(64),
    -- The public base URLs the answer's links were written with: an answer written with others is not served.
    links       varchar(1000),
    -- Set (from case_answer_due) whenever the answer must be written again; the writer writes only the due it read.
    due         bigint,
    -- The meetings the answer may link (meeting ids and body|date), so that a meeting heard of or withdrawn makes
    -- just those answers due.
    meetings    text[]       not null default '{}'
);
create index case_answer_due_order on case_answer (due) where due is not null;
create index case_answer_meetings on case_answer using gin (meetings);
-- Existing cases: every answer due; the writer fills in their meetings as it writes them.
insert into case_answer (case_number, due) select case_number, nextval('case_answer_due') from case_view where not deleted;
