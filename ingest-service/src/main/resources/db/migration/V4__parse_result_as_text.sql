-- A document's parse result is kept as the text the service wrote, no longer as jsonb (issue 13): nothing queries
-- inside it, yet PostgreSQL parsed each one (the whole agenda) into jsonb when a document was stored and printed it
-- back to text whenever the document was read, as it is when its events are written. Rows written before keep
-- jsonb's printing of them: the same JSON, read the same way.
alter table document alter column parse_result type text using parse_result::text;
