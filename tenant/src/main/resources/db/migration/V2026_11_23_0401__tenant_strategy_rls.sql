-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
alter table strategy enable row level security;
alter table strategy force row level security;
create policy tenant_isolation on strategy
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table strategy_priority_area enable row level security;
alter table strategy_priority_area force row level security;
create policy tenant_isolation on strategy_priority_area
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table strategy_area_mapping enable row level security;
alter table strategy_area_mapping force row level security;
create policy tenant_isolation on strategy_area_mapping
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table strategy_goal enable row level security;
alter table strategy_goal force row level security;
create policy tenant_isolation on strategy_goal
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

alter table strategy_expectations enable row level security;
alter table strategy_expectations force row level security;
create policy tenant_isolation on strategy_expectations
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

-- One adopted strategy per tenant, held by the database too (the rule lives in Strategy.adopt).
create unique index strategy_one_adopted on strategy (tenant_id) where status = 'ADOPTED';

do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update, delete on strategy, strategy_priority_area,'
            || ' strategy_area_mapping, strategy_goal, strategy_expectations to %I', '${appRole}');
    end if;
end
$$;
