-- Action plans along the chain of governance. Per tenant and school year ('2025/26'): one
-- administration action plan (handlingsplan) at the administration unit, and one local action
-- plan (lokal handlingsplan) per unit, which belongs with the administration plan of its period.
create table plan (
    id               uuid                     not null primary key,
    tenant_id        varchar(63)              not null references tenant (id),
    kind             varchar(20)              not null,
    school_year      varchar(7)               not null,
    unit_id          uuid                     not null,
    title            varchar(200)             not null,
    summary          varchar(10000)           not null,
    status           varchar(20)              not null,
    -- The level in the chain the plan is written at (rektor for a principal's plan): the level
    -- directly above it approves.
    written_at_level varchar(40)              not null,
    strategy_id      uuid                     not null,
    submitted_by     varchar(255),
    submitted_at     timestamp with time zone,
    decided_by       varchar(255),
    decided_at       timestamp with time zone,
    created_by       varchar(255)             not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(255)             not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null,
    constraint plan_unit foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    constraint plan_one_per_unit_and_period unique (tenant_id, kind, unit_id, school_year),
    constraint plan_tenant_id unique (tenant_id, id)
);
create index plan_tenant_year on plan (tenant_id, school_year, status);

-- An activity (insats): what is done, for whom, by whom, by when, and how far it has come.
create table activity (
    id               uuid                     not null primary key,
    tenant_id        varchar(63)              not null references tenant (id),
    plan_id          uuid                     not null,
    list_position    integer                  not null,
    priority_area_id uuid                     not null,
    goal_ids         varchar(2000)            not null,
    title            varchar(200)             not null,
    description      varchar(10000)           not null,
    target_levels    varchar(500)             not null,
    target_unit_ids  varchar(4000)            not null,
    target_note      varchar(500)             not null,
    owner            varchar(255)             not null,
    starts_on        date                     not null,
    due_on           date                     not null,
    status           varchar(20)              not null,
    success_criteria varchar(4000)            not null,
    progress         integer                  not null,
    updated_by       varchar(255)             not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null,
    constraint activity_plan foreign key (tenant_id, plan_id) references plan (tenant_id, id),
    constraint activity_dates check (due_on >= starts_on),
    constraint activity_progress check (progress between 0 and 100),
    constraint activity_tenant_id unique (tenant_id, id)
);
create index activity_tenant_plan on activity (tenant_id, plan_id, list_position);
create index activity_tenant_due on activity (tenant_id, status, due_on);

-- Every version of a plan, whole, as the JSON the API shows: compared, never changed.
create table plan_revision (
    id          uuid                     not null primary key,
    tenant_id   varchar(63)              not null references tenant (id),
    plan_id     uuid                     not null,
    revision    integer                  not null,
    change_note varchar(500)             not null,
    snapshot    text                     not null,
    changed_by  varchar(255)             not null,
    changed_at  timestamp with time zone not null,
    constraint plan_revision_plan foreign key (tenant_id, plan_id) references plan (tenant_id, id),
    constraint plan_revision_number unique (tenant_id, plan_id, revision)
);

-- Every step of the workflow, with who, when and the comment (a returned plan says why).
create table plan_transition (
    id          uuid                     not null primary key,
    tenant_id   varchar(63)              not null references tenant (id),
    plan_id     uuid                     not null,
    from_status varchar(20)              not null,
    to_status   varchar(20)              not null,
    remark      varchar(2000)            not null,
    actor       varchar(255)             not null,
    acted_at    timestamp with time zone not null,
    constraint plan_transition_plan foreign key (tenant_id, plan_id) references plan (tenant_id, id)
);
create index plan_transition_tenant_plan on plan_transition (tenant_id, plan_id, acted_at);
create index plan_transition_tenant_actor on plan_transition (tenant_id, acted_at);

-- Follow-up (återrapportering) of a plan for one round of the annual cycle (the deadline it
-- answers), with a rating and narrative per activity.
create table follow_up (
    id         uuid                     not null primary key,
    tenant_id  varchar(63)              not null references tenant (id),
    plan_id    uuid                     not null,
    round_due  date                     not null,
    rating     varchar(20)              not null,
    summary    varchar(10000)           not null,
    written_by varchar(255)             not null,
    written_at timestamp with time zone not null,
    version    bigint                   not null,
    constraint follow_up_plan foreign key (tenant_id, plan_id) references plan (tenant_id, id),
    constraint follow_up_one_per_round unique (tenant_id, plan_id, round_due),
    constraint follow_up_tenant_id unique (tenant_id, id)
);

create table follow_up_activity (
    id             uuid           not null primary key,
    tenant_id      varchar(63)    not null references tenant (id),
    follow_up_id   uuid           not null,
    activity_id    uuid           not null,
    rating         varchar(20)    not null,
    narrative      varchar(10000) not null,
    evidence_links varchar(4000)  not null,
    constraint follow_up_activity_follow_up
        foreign key (tenant_id, follow_up_id) references follow_up (tenant_id, id),
    constraint follow_up_activity_activity
        foreign key (tenant_id, activity_id) references activity (tenant_id, id),
    constraint follow_up_activity_once unique (tenant_id, follow_up_id, activity_id)
);

-- The annual cycle (årshjul): recurring deadlines of the school year, per tenant.
create table plan_deadline (
    id        uuid         not null primary key,
    tenant_id varchar(63)  not null references tenant (id),
    kind      varchar(30)  not null,
    due_month integer      not null,
    due_day   integer      not null,
    label     varchar(200) not null,
    version   bigint       not null,
    constraint plan_deadline_date check (due_month between 1 and 12 and due_day between 1 and 31)
);
create index plan_deadline_tenant on plan_deadline (tenant_id);
