-- A payload larger than a row (a meeting's whole agenda, a whole case) goes to TOAST, compressed: by default with pglz,
-- which compressed about 120 MB a second on the benchmark machine, lz4 more than ten times that (issue 13;
-- docs/performance.md). Every event is written once and read once by the relay. New values only; a server built without
-- lz4 keeps pglz.
do $$
begin
    alter table outbox_event alter column payload set compression lz4;
exception when feature_not_supported then
    raise notice 'this server has no lz4: large payloads stay compressed with pglz';
end $$;
