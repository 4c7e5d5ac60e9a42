-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
alter table note enable row level security;
alter table note force row level security;
create policy tenant_isolation on note
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select on tenant to %I', '${appRole}');
        execute format('grant select, insert, update, delete on note to %I', '${appRole}');
    end if;
end
$$;
