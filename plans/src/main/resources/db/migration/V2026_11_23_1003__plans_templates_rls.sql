-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
alter table plan_template enable row level security;
alter table plan_template force row level security;
create policy tenant_isolation on plan_template
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update, delete on plan_template to %I', '${appRole}');
    end if;
end
$$;
