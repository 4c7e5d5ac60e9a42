-- Offboarding. The application records exports and offboardings in the registry: it may update
-- its rows, never delete them (an offboarded municipality stays registered).
--
-- The application's role cannot delete from the tables that are only ever added to (the audit
-- trail, a unit's history), and should not gain that everywhere just to offboard. This one
-- function deletes a tenant's rows of one tenant-owned table, as the schema owner, and only for
-- the tenant bound to the transaction: row-level security (forced on the owner too) still applies.
create function purge_tenant_rows(target regclass, tenant varchar) returns bigint
    language plpgsql
    security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    deleted bigint;
begin
    if tenant is null or tenant is distinct from current_setting('styrkedja.tenant_id', true) then
        raise exception 'purge_tenant_rows: % is not the tenant bound to this transaction', tenant;
    end if;
    if not exists (select 1 from pg_attribute
                   where attrelid = target and attname = 'tenant_id' and not attisdropped) then
        raise exception 'purge_tenant_rows: % is not tenant-owned', target;
    end if;
    execute format('delete from %s where tenant_id = $1', target) using tenant;
    get diagnostics deleted = row_count;
    return deleted;
end
$$;

revoke all on function purge_tenant_rows(regclass, varchar) from public;

do $$
begin
    if '${appRole}' <> '' then
        execute format('grant update on tenant to %I', '${appRole}');
        execute format('grant execute on function purge_tenant_rows(regclass, varchar) to %I',
                       '${appRole}');
    end if;
end
$$;
