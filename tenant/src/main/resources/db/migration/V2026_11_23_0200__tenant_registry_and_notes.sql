-- The registry of tenants (municipalities). Not tenant-owned: it is the list of tenants itself.
create table tenant (
    id                varchar(63)  not null primary key,
    name              varchar(200) not null,
    municipality_code char(4)      not null unique,
    status            varchar(20)  not null,
    created_at        timestamp with time zone not null
);

-- The municipality's shared notes: the first tenant-owned resource, exercising isolation end to
-- end until the domain entities arrive.
create table note (
    id         uuid                     not null primary key,
    tenant_id  varchar(63)              not null references tenant (id),
    title      varchar(200)             not null,
    body       varchar(10000)           not null,
    created_by varchar(255)             not null,
    created_at timestamp with time zone not null,
    updated_by varchar(255)             not null,
    updated_at timestamp with time zone not null,
    version    bigint                   not null
);
create index note_tenant_updated on note (tenant_id, updated_at);
