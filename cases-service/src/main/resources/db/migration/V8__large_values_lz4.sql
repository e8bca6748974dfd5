-- Values too large for a row (a view, a statement, most answers) go to TOAST, compressed: by default with pglz, which
-- compressed about 120 MB a second on the benchmark machine, lz4 more than ten times that (issue 13;
-- docs/performance.md). Every decision writes a case's view, its statement and, a moment later, its answer, so this is
-- PostgreSQL's work on every decision. New values only; a server built without lz4 keeps pglz. The answers are gzipped
-- already: stored as they are, without a second compression tried on them.
do $$
begin
    alter table case_view alter column view set compression lz4;
    alter table case_statement alter column statement set compression lz4;
exception when feature_not_supported then
    raise notice 'this server has no lz4: large values stay compressed with pglz';
end $$;
alter table case_answer alter column answer set storage external;
