-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
alter table person enable row level security;
alter table person force row level security;
create policy tenant_isolation on person
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table duty enable row level security;
alter table duty force row level security;
create policy tenant_isolation on duty
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table import_job enable row level security;
alter table import_job force row level security;
create policy tenant_isolation on import_job
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table import_file enable row level security;
alter table import_file force row level security;
create policy tenant_isolation on import_file
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table import_rejection enable row level security;
alter table import_rejection force row level security;
create policy tenant_isolation on import_rejection
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

-- People and duties are marked removed, never deleted (an SS 12000 deletion ends them); jobs,
-- their files and rejections are kept as the record of what was imported.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update on person to %I', '${appRole}');
        execute format('grant select, insert, update on duty to %I', '${appRole}');
        execute format('grant select, insert, update on import_job to %I', '${appRole}');
        execute format('grant select, insert on import_file to %I', '${appRole}');
        execute format('grant select, insert on import_rejection to %I', '${appRole}');
    end if;
end
$$;
