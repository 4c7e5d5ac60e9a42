-- People (staff) and their duties at units, and the SS 12000 import that brings them with the
-- organisation. SS 12000 ids (external_id) make the import idempotent: a record is matched by its
-- id, and rewritten only when something in it changed.

-- The SS 12000 organisation id of a unit that came from (or was matched by) an import.
alter table unit add column external_id varchar(100);
create unique index unit_tenant_external_id on unit (tenant_id, external_id);

create table person (
    id               uuid         not null primary key,
    tenant_id        varchar(63)  not null references tenant (id),
    external_id      varchar(100),
    given_name       varchar(200) not null,
    family_name      varchar(200) not null,
    -- The first eduPersonPrincipalName: what first-login linking compares the SSO username with.
    principal_name   varchar(255),
    email            varchar(255),
    -- The SSO username of the person, once linked at first login.
    linked_username  varchar(255),
    removed          boolean      not null default false,
    version          bigint       not null,
    constraint person_tenant_id unique (tenant_id, id),
    constraint person_tenant_external unique (tenant_id, external_id)
);
create index person_tenant_principal on person (tenant_id, principal_name);
create index person_tenant_email on person (tenant_id, email);
create unique index person_tenant_linked on person (tenant_id, linked_username);
create index person_tenant_name on person (tenant_id, family_name, given_name);

-- A duty (tjänstgöring): a person's SS 12000 duty role at a unit, from and until a day. The role
-- assignment it maps to (if any) is kept as text, as EclipseLink binds a null uuid as varchar.
create table duty (
    id            uuid         not null primary key,
    tenant_id     varchar(63)  not null references tenant (id),
    external_id   varchar(100),
    person_id     uuid         not null,
    unit_id       uuid         not null,
    duty_role     varchar(60)  not null,
    start_date    date,
    end_date      date,
    assignment_id varchar(36),
    removed       boolean      not null default false,
    version       bigint       not null,
    constraint duty_tenant_external unique (tenant_id, external_id),
    constraint duty_person foreign key (tenant_id, person_id) references person (tenant_id, id),
    constraint duty_unit foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint duty_period check (end_date is null or start_date is null or end_date >= start_date)
);
create index duty_tenant_person on duty (tenant_id, person_id);

-- An import job: where its data comes from, how far it got, what it counted.
create table import_job (
    id              uuid                     not null primary key,
    tenant_id       varchar(63)              not null references tenant (id),
    kind            varchar(10)              not null,
    status          varchar(20)              not null,
    base_url        varchar(1000),
    modified_after  timestamp with time zone,
    execution_id    bigint,
    total_records   bigint,
    read_count      bigint                   not null default 0,
    written_count   bigint                   not null default 0,
    skipped_count   bigint                   not null default 0,
    -- Where the job stands: the step and, within it, the page token and index of the next record.
    -- Written in the same transaction as the records, so a restart goes on exactly from there.
    step            varchar(20)              not null,
    page_token      varchar(2000),
    page_index      integer                  not null default 0,
    message         varchar(2000),
    started_by      varchar(255)             not null,
    created_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    version         bigint                   not null,
    constraint import_job_tenant_id unique (tenant_id, id)
);
create index import_job_tenant_created on import_job (tenant_id, created_at);

-- The uploaded data set, kept in the database so that a restart (on any instance) reads it again.
create table import_file (
    id        uuid         not null primary key,
    tenant_id varchar(63)  not null references tenant (id),
    import_id uuid         not null,
    kind      varchar(20)  not null,
    name      varchar(255) not null,
    content   text         not null,
    constraint import_file_job foreign key (tenant_id, import_id) references import_job (tenant_id, id)
);
create index import_file_tenant_job on import_file (tenant_id, import_id);

-- A record the import skipped, with its SS 12000 id (as given) and why.
create table import_rejection (
    id          uuid          not null primary key,
    tenant_id   varchar(63)   not null references tenant (id),
    import_id   uuid          not null,
    seq         bigint        not null,
    record_type varchar(20)   not null,
    record_id   varchar(200),
    reason      varchar(1000) not null,
    constraint import_rejection_job foreign key (tenant_id, import_id) references import_job (tenant_id, id)
);
create index import_rejection_tenant_job on import_rejection (tenant_id, import_id, seq);
