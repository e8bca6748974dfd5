-- An agenda item's texts and its search vector are often too large for a row and go to TOAST, compressed: by default
-- with pglz, which compressed about 120 MB a second on the benchmark machine, lz4 more than ten times that (issue 13;
-- docs/performance.md). Every meeting heard of writes its whole agenda. New values only; a server built without lz4
-- keeps pglz.
do $$
begin
    alter table agenda_item alter column title set compression lz4;
    alter table agenda_item alter column decision_text set compression lz4;
    alter table agenda_item alter column resume set compression lz4;
    alter table agenda_item alter column indstillinger set compression lz4;
    alter table agenda_item alter column sagsfremstilling set compression lz4;
    alter table agenda_item alter column oekonomiske_konsekvenser set compression lz4;
    alter table agenda_item alter column search set compression lz4;
exception when feature_not_supported then
    raise notice 'this server has no lz4: large values stay compressed with pglz';
end $$;
