-- A municipality's plan templates: sets of activities units start their plans from. The
-- activities are kept as JSON, as a template is read and written whole.
create table plan_template (
    id          uuid                     not null primary key,
    tenant_id   varchar(63)              not null references tenant (id),
    name        varchar(200)             not null,
    description varchar(4000)            not null,
    activities  text                     not null,
    created_by  varchar(255)             not null,
    updated_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint plan_template_name unique (tenant_id, name)
);
