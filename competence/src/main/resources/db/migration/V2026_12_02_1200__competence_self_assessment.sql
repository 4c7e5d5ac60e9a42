-- Self-assessments (självskattningar): instruments, survey rounds, the invited population and who
-- has answered, drafts, and the answers themselves.
--
-- Anonymity is a property of this schema, not of the queries that read it (STYLE.md, "Data that
-- must not identify anyone"): in an anonymous round an answer sheet has no person, no timestamp,
-- a random id and nothing that orders sheets by submission; who has answered lives apart, in
-- round_invitation, with the day only.

-- The tenant's settings for self-assessments: the minimum group size below which no result is
-- shown (default 5, never below 3).
create table competence_setting (
    tenant_id       varchar(63)              not null primary key references tenant (id),
    min_group_size  integer                  not null default 5,
    updated_by      varchar(255)             not null,
    updated_at      timestamp with time zone not null,
    version         bigint                   not null,
    constraint competence_setting_min_group check (min_group_size >= 3)
);

-- An instrument (självskattningsinstrument): a named questionnaire, revised in versions.
-- template_key names the built-in template it was copied from, if any.
create table instrument (
    id            uuid                     not null primary key,
    tenant_id     varchar(63)              not null references tenant (id),
    name          varchar(200)             not null,
    description   varchar(4000)            not null,
    template_key  varchar(60),
    created_by    varchar(255)             not null,
    created_at    timestamp with time zone not null,
    updated_by    varchar(255)             not null,
    updated_at    timestamp with time zone not null,
    version       bigint                   not null,
    constraint instrument_tenant_id unique (tenant_id, id)
);

-- One version of an instrument. A draft is edited; a version is frozen when published, and a
-- round always uses one frozen version. content is the version's sections and items as JSON
-- (see competence.instrument: each item has a key that stays the same across versions, so trends
-- follow an item through revisions; its type, texts, audience and mappings to the tenant's
-- priority areas, goals and framework areas).
create table instrument_version (
    id             uuid                     not null primary key,
    tenant_id      varchar(63)              not null references tenant (id),
    instrument_id  uuid                     not null,
    number         integer                  not null,
    status         varchar(20)              not null,
    content        text                     not null,
    created_by     varchar(255)             not null,
    created_at     timestamp with time zone not null,
    frozen_by      varchar(255),
    frozen_at      timestamp with time zone,
    version        bigint                   not null,
    constraint instrument_version_instrument foreign key (tenant_id, instrument_id)
        references instrument (tenant_id, id),
    constraint instrument_version_number unique (tenant_id, instrument_id, number),
    constraint instrument_version_tenant_id unique (tenant_id, id),
    constraint instrument_version_frozen check ((status = 'FROZEN') = (frozen_at is not null))
);

-- A survey round (enkätomgång): one frozen instrument version asked of a target (units with
-- their subtrees x role levels x school forms) between two dates. owner_unit_id is the unit whose
-- leader opened it (the administration's unit for a tenant-wide round); the target lies within
-- its subtree.
create table survey_round (
    id                     uuid                     not null primary key,
    tenant_id              varchar(63)              not null references tenant (id),
    instrument_version_id  uuid                     not null,
    title                  varchar(200)             not null,
    mode                   varchar(20)              not null,
    owner_unit_id          uuid                     not null,
    target_unit_ids        varchar(4000)            not null,
    target_levels          varchar(500)             not null,
    target_school_forms    varchar(500)             not null,
    opens_on               date                     not null,
    closes_on              date                     not null,
    -- Set when the owner closes the round before its closing date.
    closed_early_on        date,
    created_by             varchar(255)             not null,
    created_at             timestamp with time zone not null,
    updated_by             varchar(255)             not null,
    updated_at             timestamp with time zone not null,
    version                bigint                   not null,
    constraint survey_round_version foreign key (tenant_id, instrument_version_id)
        references instrument_version (tenant_id, id),
    constraint survey_round_owner_unit foreign key (tenant_id, owner_unit_id)
        references unit (tenant_id, id),
    constraint survey_round_mode check (mode in ('ANONYMOUS', 'CONFIDENTIAL')),
    constraint survey_round_dates check (closes_on >= opens_on),
    constraint survey_round_tenant_id unique (tenant_id, id)
);
create index survey_round_tenant_closes on survey_round (tenant_id, closes_on);

-- The round's population, fixed when it opens: the people with matching duties at that moment,
-- each with the unit, role level and school form their answer will count for; and whether (on
-- which day, never the time) they have answered. This is the only place that knows who answered.
create table round_invitation (
    tenant_id     varchar(63)              not null references tenant (id),
    round_id      uuid                     not null,
    person_id     uuid                     not null,
    unit_id       uuid                     not null,
    role_level    varchar(40)              not null,
    school_form   varchar(20),
    answered_on   date,
    reminded_at   timestamp with time zone,
    primary key (tenant_id, round_id, person_id),
    constraint round_invitation_round foreign key (tenant_id, round_id)
        references survey_round (tenant_id, id),
    constraint round_invitation_person foreign key (tenant_id, person_id)
        references person (tenant_id, id)
);
create index round_invitation_person on round_invitation (tenant_id, person_id);

-- A draft of one person's answers, saved as they go; deleted when they submit.
create table answer_draft (
    tenant_id   varchar(63)              not null references tenant (id),
    round_id    uuid                     not null,
    person_id   uuid                     not null,
    answers     text                     not null,
    saved_at    timestamp with time zone not null,
    version     bigint                   not null,
    primary key (tenant_id, round_id, person_id),
    constraint answer_draft_invitation foreign key (tenant_id, round_id, person_id)
        references round_invitation (tenant_id, round_id, person_id)
);

-- One submitted set of answers. id is random (gen_random_uuid or the application's
-- UUID.randomUUID), never a serial; no timestamp. person_id only in a confidential round, so the
-- person can see their own answers again.
create table answer_sheet (
    id           uuid         not null primary key,
    tenant_id    varchar(63)  not null references tenant (id),
    round_id     uuid         not null,
    mode         varchar(20)  not null,
    unit_id      uuid         not null,
    role_level   varchar(40)  not null,
    school_form  varchar(20),
    person_id    uuid,
    constraint answer_sheet_round foreign key (tenant_id, round_id)
        references survey_round (tenant_id, id),
    constraint answer_sheet_anonymous check (mode = 'CONFIDENTIAL' or person_id is null),
    constraint answer_sheet_tenant_id unique (tenant_id, id)
);
create index answer_sheet_tenant_round on answer_sheet (tenant_id, round_id, unit_id);
create unique index answer_sheet_one_per_person on answer_sheet (tenant_id, round_id, person_id)
    where person_id is not null;

-- One answer on a sheet: the item (by its stable key), and either a value (scale point, level
-- number, 1/0 for yes/no), a state saying it was not applicable or declined, or a comment.
create table answer_value (
    tenant_id  varchar(63)    not null references tenant (id),
    sheet_id   uuid           not null,
    round_id   uuid           not null,
    item_key   uuid           not null,
    state      varchar(20)    not null,
    value      smallint,
    comment    varchar(4000),
    primary key (tenant_id, sheet_id, item_key),
    constraint answer_value_sheet foreign key (tenant_id, sheet_id)
        references answer_sheet (tenant_id, id),
    constraint answer_value_state check (state in ('ANSWERED', 'NOT_APPLICABLE', 'DECLINED')),
    constraint answer_value_answered check ((state = 'ANSWERED') = (value is not null or comment is not null))
);
create index answer_value_tenant_round_item on answer_value (tenant_id, round_id, item_key);
