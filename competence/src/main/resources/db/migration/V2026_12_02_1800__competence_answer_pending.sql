-- Answers of an anonymous round on their way to answer_sheet (see competence.round's package-info
-- and docs/operations.md, "Anonymous answers").
--
-- The transaction that marks an invitation answered would give the answer rows it inserted the same
-- xmin as the invitation row, and heap order (ctid) would follow the order of submission. So an
-- anonymous submission is written here first, in the transaction that marks participation, and a
-- transaction of its own moves the round's pending answers into answer_sheet/answer_value, in
-- shuffled order, only once there are at least the tenant's minimum group size of them (or the
-- round has closed). A pending row has a random id, no person, no time and no serial; it lives only
-- until it is moved.
create table answer_pending (
    id           uuid          not null primary key,
    tenant_id    varchar(63)   not null references tenant (id),
    round_id     uuid          not null,
    unit_id      uuid          not null,
    role_level   varchar(40)   not null,
    school_form  varchar(20),
    answers      text          not null,
    constraint answer_pending_round foreign key (tenant_id, round_id)
        references survey_round (tenant_id, id)
);
create index answer_pending_tenant_round on answer_pending (tenant_id, round_id);

alter table answer_pending enable row level security;
alter table answer_pending force row level security;
create policy tenant_isolation on answer_pending
    using (tenant_id = current_setting('styrkedja.tenant_id', true))
    with check (tenant_id = current_setting('styrkedja.tenant_id', true));

-- Pending rows are added and deleted, never changed; select ... for update (how the mover takes a
-- round's rows, skipping those another transaction holds) needs the update privilege on one column,
-- so the application role gets it on that one only.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, delete on answer_pending to %I', '${appRole}');
        execute format('grant update (round_id) on answer_pending to %I', '${appRole}');
    end if;
end
$$;
