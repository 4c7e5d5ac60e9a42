-- Offboarding: the registry remembers who took the last export (offboarding asks for one) and
-- when and by whom a municipality was offboarded. Every row it owned is deleted; this stays.
alter table tenant add column exported_at timestamp with time zone;
alter table tenant add column exported_by varchar(255);
alter table tenant add column offboarded_at timestamp with time zone;
alter table tenant add column offboarded_by varchar(255);
