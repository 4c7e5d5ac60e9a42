-- The organisation tree. Units are never deleted: closing sets closed_on and keeps the row.
-- path is the materialized path (/<root>/<...>/<self>/, ids as 32 hex digits), so a subtree is a
-- range of paths; the index for it is per database (db/vendor/*), as PostgreSQL needs the column
-- in binary ("C") collation for the range to be exact.
create table unit (
    id               uuid         not null primary key,
    tenant_id        varchar(63)  not null references tenant (id),
    type             varchar(30)  not null,
    name             varchar(200) not null,
    school_unit_code char(8),
    school_forms     varchar(300) not null default '',
    parent_id        uuid,
    path             varchar(1200) not null,
    opened_on        date         not null,
    closed_on        date,
    version          bigint       not null,
    constraint unit_tenant_id unique (tenant_id, id),
    -- A parent is always of the same tenant.
    constraint unit_parent foreign key (tenant_id, parent_id) references unit (tenant_id, id),
    constraint unit_closed_after_opened check (closed_on is null or closed_on >= opened_on)
);
create index unit_tenant_parent on unit (tenant_id, parent_id);
create index unit_tenant_code on unit (tenant_id, school_unit_code);

-- Every change of a unit, kept for good: what changed, from what, to what, by whom, when.
create table unit_change (
    id         uuid                     not null primary key,
    tenant_id  varchar(63)              not null,
    unit_id    uuid                     not null,
    kind       varchar(30)              not null,
    from_value varchar(1000),
    to_value   varchar(1000),
    changed_by varchar(255)             not null,
    changed_at timestamp with time zone not null,
    constraint unit_change_unit foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
create index unit_change_tenant_unit on unit_change (tenant_id, unit_id, changed_at);
