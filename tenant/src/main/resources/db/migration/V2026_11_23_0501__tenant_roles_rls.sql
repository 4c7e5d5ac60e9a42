-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
alter table role_level enable row level security;
alter table role_level force row level security;
create policy tenant_isolation on role_level
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table role_assignment enable row level security;
alter table role_assignment force row level security;
create policy tenant_isolation on role_assignment
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

-- Levels are renamed and reordered, never removed; assignments are ended, never deleted.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update on role_level to %I', '${appRole}');
        execute format('grant select, insert, update on role_assignment to %I', '${appRole}');
    end if;
end
$$;
