-- Roles are per municipality (issue 8): a municipality's first admin used to be admin through a
-- realm-wide role in Keycloak, which no longer grants anything. Each tenant onboarded that way gets
-- the tenant-wide admin assignment that onboarding now stores, for the e-mail it was onboarded with
-- (the admin's username in Keycloak), unless that person already holds one. Run per tenant, with
-- the tenant set, because row-level security holds for the schema owner too.
do $$
declare
    t record;
begin
    for t in select id, lower(admin_email) as admin from tenant
             where admin_email is not null and status <> 'offboarded'
    loop
        perform set_config('styrkedja.tenant_id', t.id, true);
        insert into role_assignment
            (id, tenant_id, username, level_key, unit_id, valid_from, valid_until,
             created_by, created_at, version)
        select gen_random_uuid(), t.id, t.admin, 'admin', null, current_date, null,
               'migration', current_timestamp, 1
        where not exists (
            select 1 from role_assignment a
            where a.tenant_id = t.id and a.username = t.admin and a.level_key = 'admin'
              and a.unit_id is null and (a.valid_until is null or a.valid_until >= current_date));
    end loop;
    perform set_config('styrkedja.tenant_id', '', true);
end
$$;
