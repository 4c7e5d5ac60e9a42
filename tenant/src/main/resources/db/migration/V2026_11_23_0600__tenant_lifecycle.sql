-- Onboarding and the lifecycle of a tenant: who its first admin is, its Keycloak organization,
-- the identity provider linked to it, and when its status last changed.
alter table tenant add column admin_email varchar(254);
alter table tenant add column keycloak_org_id varchar(36);
alter table tenant add column idp_alias varchar(100);
alter table tenant add column idp_type varchar(10);
alter table tenant add column status_changed_at timestamp with time zone;
alter table tenant add column status_changed_by varchar(255);
alter table tenant add column offboarded_at timestamp with time zone;
alter table tenant add column version bigint default 0 not null;
