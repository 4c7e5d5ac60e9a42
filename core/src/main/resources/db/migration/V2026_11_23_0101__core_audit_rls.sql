-- Second wall behind EclipseLink's tenant filter: the database itself shows a transaction only
-- the rows of the tenant it was bound to (styrkedja.tenant_id, set per transaction), even to the
-- table's owner (FORCE). With no tenant set, nothing is visible and nothing can be written.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_isolation on audit_event
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

-- The application's role may add to the trail and read it, never rewrite it.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert on audit_event to %I', '${appRole}');
    end if;
end
$$;
