-- Who sent each document and who withdrew it (issue 12): the subject of the bearer token the request carried.
-- Documents received before tokens were required have none.
alter table document add column received_by  text;
alter table document add column withdrawn_by text;
