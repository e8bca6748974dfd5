-- Values too large for a row (a document's bytes and its parse result) go to TOAST, compressed: by default with pglz,
-- which compressed about 120 MB a second on the benchmark machine, lz4 more than ten times that (issue 13;
-- docs/performance.md). Every document stored writes both. New values only; a server built without lz4 keeps pglz.
do $$
begin
    alter table document alter column content set compression lz4;
    alter table document alter column parse_result set compression lz4;
exception when feature_not_supported then
    raise notice 'this server has no lz4: large values stay compressed with pglz';
end $$;
