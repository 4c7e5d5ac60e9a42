-- The registry is not tenant-owned (no row-level security): the operator's requests, which act
-- for no tenant, create tenants and change their status. Rows are never deleted by the app.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant insert, update on tenant to %I', '${appRole}');
    end if;
end
$$;
