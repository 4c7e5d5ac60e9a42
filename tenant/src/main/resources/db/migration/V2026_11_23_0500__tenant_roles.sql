-- The chain of governance per tenant: its levels (rank 0 at the top; several levels may share a
-- rank) and the functions beside it (rank -1). A tenant with no rows has the standard chain; its
-- first change stores the whole chain. Keys never change and are never removed.
create table role_level (
    id         uuid         not null primary key,
    tenant_id  varchar(63)  not null references tenant (id),
    level_key  varchar(40)  not null,
    name       varchar(200) not null,
    chain_rank integer      not null,
    -- The level's place in the tenant's list, which keeps the order within a step of the chain.
    list_position integer   not null,
    version    bigint       not null,
    constraint role_level_tenant_key unique (tenant_id, level_key),
    constraint role_level_rank check (chain_rank >= -1)
);

-- Who holds which level or function, at which unit (none: tenant-wide), from and until which day
-- (inclusive). The level is checked against the tenant's chain by the application, as the
-- standard chain has no rows. Ending sets valid_until; rows are kept.
create table role_assignment (
    id          uuid                     not null primary key,
    tenant_id   varchar(63)              not null references tenant (id),
    username    varchar(255)             not null,
    level_key   varchar(40)              not null,
    unit_id     uuid,
    valid_from  date                     not null,
    valid_until date,
    created_by  varchar(255)             not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null,
    -- A unit is always of the same tenant.
    constraint role_assignment_unit foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint role_assignment_period check (valid_until is null or valid_until >= valid_from)
);
create index role_assignment_tenant_username on role_assignment (tenant_id, username);
create index role_assignment_tenant_unit on role_assignment (tenant_id, unit_id);
