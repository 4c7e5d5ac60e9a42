-- The municipality's strategy. Each row of strategy is one version; versions of one strategy share
-- a lineage, and each names the version it revises. Child rows carry tenant_id too, and reach
-- their parent through (id, tenant_id), so a row can only hang under a parent of its own tenant.
create table strategy (
    id             uuid                     not null primary key,
    tenant_id      varchar(63)              not null references tenant (id),
    lineage_id     uuid                     not null,
    version_number integer                  not null,
    revises_id     varchar(36),
    title          varchar(200)             not null,
    adopting_body  varchar(200)             not null,
    adopted_on     date,
    valid_from     date,
    valid_to       date,
    vision         varchar(20000)           not null,
    status         varchar(20)              not null,
    created_by     varchar(255)             not null,
    created_at     timestamp with time zone not null,
    updated_by     varchar(255)             not null,
    updated_at     timestamp with time zone not null,
    version        bigint                   not null,
    constraint strategy_id_tenant unique (id, tenant_id),
    constraint strategy_lineage_number unique (tenant_id, lineage_id, version_number),
    constraint strategy_status check (status in ('DRAFT', 'ADOPTED', 'ARCHIVED')),
    constraint strategy_period check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index strategy_tenant_status on strategy (tenant_id, status);

create table strategy_priority_area (
    id          uuid          not null primary key,
    tenant_id   varchar(63)   not null,
    strategy_id uuid          not null,
    position    integer       not null,
    title       varchar(200)  not null,
    description varchar(4000) not null,
    version     bigint        not null,
    constraint strategy_priority_area_id_tenant unique (id, tenant_id),
    constraint strategy_priority_area_strategy foreign key (strategy_id, tenant_id)
        references strategy (id, tenant_id)
);
create index strategy_priority_area_strategy on strategy_priority_area (tenant_id, strategy_id);

create table strategy_area_mapping (
    id          uuid        not null primary key,
    tenant_id   varchar(63) not null,
    strategy_id uuid        not null,
    area_id     uuid        not null,
    framework   varchar(20) not null,
    area_code   varchar(40) not null,
    constraint strategy_area_mapping_once unique (area_id, framework, area_code),
    constraint strategy_area_mapping_area foreign key (area_id, tenant_id)
        references strategy_priority_area (id, tenant_id)
);
create index strategy_area_mapping_strategy on strategy_area_mapping (tenant_id, strategy_id);

create table strategy_goal (
    id           uuid           not null primary key,
    tenant_id    varchar(63)    not null,
    strategy_id  uuid           not null,
    area_id      uuid           not null,
    position     integer        not null,
    title        varchar(300)   not null,
    measure      varchar(1000)  not null,
    why          varchar(2000)  not null,
    target_value numeric(19, 4),
    unit         varchar(50)    not null,
    deadline     date,
    version      bigint         not null,
    constraint strategy_goal_area foreign key (area_id, tenant_id)
        references strategy_priority_area (id, tenant_id)
);
create index strategy_goal_strategy on strategy_goal (tenant_id, strategy_id);

create table strategy_expectations (
    id          uuid           not null primary key,
    tenant_id   varchar(63)    not null,
    strategy_id uuid           not null,
    role_level  varchar(30)    not null,
    statements  varchar(20000) not null,
    version     bigint         not null,
    constraint strategy_expectations_level unique (strategy_id, role_level),
    constraint strategy_expectations_strategy foreign key (strategy_id, tenant_id)
        references strategy (id, tenant_id)
);
