-- Demo tenants from the seeds. Their Keycloak organizations carry the same aliases.
insert into tenant (id, name, municipality_code, status, created_at)
select 'botkyrka', 'Botkyrka kommun', '0127', 'active', current_timestamp
where not exists (select 1 from tenant where id = 'botkyrka');

insert into tenant (id, name, municipality_code, status, created_at)
select 'hassleholm', 'Hässleholms kommun', '1293', 'active', current_timestamp
where not exists (select 1 from tenant where id = 'hassleholm');
