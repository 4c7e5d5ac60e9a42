-- Which server runs an import, decided in the database rather than by one server's batch runtime,
-- so that servers behind one load balancer agree. A run holds the import's lease while its
-- heartbeat is fresh: the server writes heartbeat_at with each chunk it commits and, while a
-- step runs longer (a slow remote page), every quarter of the lease. A restart is refused while
-- another run's lease is fresh, and takes the import over from its stored position once it has
-- expired (its server died). run_id fences a run that lost its lease: every write of the job
-- checks it. A stop asked of a server that does not run the import is recorded in
-- stop_requested; the running server's job sees it at its next chunk or beat and stops.
-- New columns only: the table's row-level security and grants (V2026_11_23_0701) cover them.
alter table import_job add column running_on varchar(200);
alter table import_job add column run_id varchar(36);
alter table import_job add column heartbeat_at timestamp with time zone;
alter table import_job add column stop_requested boolean default false not null;
