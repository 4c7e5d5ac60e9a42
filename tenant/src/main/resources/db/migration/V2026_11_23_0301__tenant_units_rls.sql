-- Subtrees are path ranges: exact only in binary order, which "C" collation gives; the index then
-- serves both the range and, should anyone write one, LIKE 'prefix%'.
alter table unit alter column path type varchar(1200) collate "C";
create index unit_tenant_path on unit (tenant_id, path);

-- One root per tenant; a school unit code belongs to one open unit per tenant. The application
-- checks both first and answers 409; these make sure two concurrent requests cannot both win.
create unique index unit_one_root on unit (tenant_id) where parent_id is null;
create unique index unit_open_school_unit_code on unit (tenant_id, school_unit_code)
    where closed_on is null and school_unit_code is not null;

-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
alter table unit enable row level security;
alter table unit force row level security;
create policy tenant_isolation on unit
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table unit_change enable row level security;
alter table unit_change force row level security;
create policy tenant_isolation on unit_change
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

-- Units are closed, never deleted; their history is only ever added to.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update on unit to %I', '${appRole}');
        execute format('grant select, insert on unit_change to %I', '${appRole}');
    end if;
end
$$;
