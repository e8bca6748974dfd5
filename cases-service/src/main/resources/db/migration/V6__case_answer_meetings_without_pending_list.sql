-- The meeting consumer asks this index, for every batch of meetings it hears of, which answers may link them
-- (CaseAnswerRepository.markDueLinking). With GIN's default fastupdate, every answer written adds its keys to the
-- index's pending list, and every such question reads the whole list (up to gin_pending_list_limit, 4 MB) until a
-- vacuum merges it: in a 2,000-minute run it was the costliest statement of cases-service's database, 7.5 ms a call
-- for no rows (pg_stat_statements; docs/performance.md). Without the pending list an answer's write updates the index
-- itself, a little dearer, and the question is a few index pages.
alter index case_answer_meetings set (fastupdate = off);
select gin_clean_pending_list('case_answer_meetings');
