-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
do $$
declare
    t text;
begin
    foreach t in array array['plan', 'activity', 'plan_revision', 'plan_transition', 'follow_up',
                             'follow_up_activity', 'plan_deadline'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I'
                       ' using (tenant_id = current_setting(''styrkedja.tenant_id'', true))'
                       ' with check (tenant_id = current_setting(''styrkedja.tenant_id'', true))', t);
    end loop;
end
$$;

-- Revisions and transitions are only ever added to; activities leave a draft plan by deletion.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update on plan to %I', '${appRole}');
        execute format('grant select, insert, update, delete on activity to %I', '${appRole}');
        execute format('grant select, insert on plan_revision to %I', '${appRole}');
        execute format('grant select, insert on plan_transition to %I', '${appRole}');
        execute format('grant select, insert, update on follow_up to %I', '${appRole}');
        execute format('grant select, insert, update, delete on follow_up_activity to %I',
                       '${appRole}');
        execute format('grant select, insert, update, delete on plan_deadline to %I', '${appRole}');
    end if;
end
$$;
