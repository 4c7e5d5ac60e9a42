-- Offboarding: the registry remembers who took the last export (offboarding asks for one). Every
-- row the municipality owned is deleted; its registry row stays, marked offboarded (0600).
alter table tenant add column exported_at timestamp with time zone;
alter table tenant add column exported_by varchar(255);
