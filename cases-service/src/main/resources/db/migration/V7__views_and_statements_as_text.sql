-- A case's view and each statement are kept as the text the service wrote, no longer as jsonb (issue 13): nothing
-- queries inside them, yet PostgreSQL parsed each one into jsonb when written and printed it back to text whenever
-- it was read, for every decision (each recomputes the case from its statements, compares its stored view, and the
-- answer writer reads the view again). Rows written before keep jsonb's printing of them; they are still valid JSON,
-- and a view in that form is compared by reading it (CaseUpdateService).
alter table case_view alter column view type text using view::text;
alter table case_statement alter column statement type text using statement::text;
