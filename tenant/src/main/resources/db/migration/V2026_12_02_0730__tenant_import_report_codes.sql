-- What an SS 12000 import says of each record, and what the source says of each unit. New columns
-- only: the tables' row-level security and grants (V2026_11_23_0301, V2026_11_23_0701) cover them.

-- The SS 12000 organisationType a unit was imported as (Verksamhetsområde, Rektorsområde, ...), as
-- given, beside the unit type the platform uses: the admin still sees what the source says.
alter table unit add column organisation_type varchar(30);

-- A stable code for each line of an import's report (what happened to the record, and why), beside
-- its reason; lines of imports before this have none.
alter table import_rejection add column code varchar(60);

-- How many records an import wrote, but not all as they say (a unit put under the root, as its
-- parent is missing): each has its line in the report, as each skipped record has.
alter table import_job add column noted_count bigint default 0 not null;
