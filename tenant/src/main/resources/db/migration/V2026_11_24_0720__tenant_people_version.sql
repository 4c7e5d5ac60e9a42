-- How many times imports have ended in the tenant, raised in the transaction of each import's end.
-- A server that found no person to link a signed-in caller to asks again once this has changed, so
-- an import ended on any server makes its people linkable at their next request on every server.
-- A new column of the registry (no row-level security); the application may already update it.
alter table tenant add column people_version bigint default 0 not null;
