-- The audit trail: one row per write, in the same transaction as the write.
create table audit_event (
    id          uuid                     not null primary key,
    tenant_id   varchar(63)              not null,
    occurred_at timestamp with time zone not null,
    actor       varchar(255)             not null,
    action      varchar(100)             not null,
    target_type varchar(100)             not null,
    target_id   varchar(100)             not null
);
create index audit_event_tenant_time on audit_event (tenant_id, occurred_at);
