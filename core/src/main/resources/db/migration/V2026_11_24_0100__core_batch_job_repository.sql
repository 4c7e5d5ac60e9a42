-- Jakarta Batch's job repository, in the application's database so that a job's executions and
-- checkpoints survive a restart and every server of a cluster sees the same ones. Payara creates
-- these tables itself when they are missing, but it connects as the application role, which may
-- create nothing; so they are made here, as the schema owner, exactly as Payara 6's PostgreSQL
-- persistence manager would (table prefix "jbatch", Payara Micro's default), and granted to it.
-- They hold no tenant's rows of their own (a job's tenant is a job parameter), so no tenant_id.
create table jbatchcheckpointdata (
    id  varchar(512),
    obj bytea
);

create table jbatchjobinstancedata (
    jobinstanceid serial not null primary key,
    name          varchar(512),
    apptag        varchar(512)
);

create table jbatchexecutioninstancedata (
    jobexecid     serial not null primary key,
    jobinstanceid bigint not null references jbatchjobinstancedata (jobinstanceid),
    createtime    timestamp,
    starttime     timestamp,
    endtime       timestamp,
    updatetime    timestamp,
    parameters    bytea,
    batchstatus   varchar(512),
    exitstatus    varchar(512)
);

create table jbatchstepexecutioninstancedata (
    stepexecid       serial not null primary key,
    jobexecid        bigint not null references jbatchexecutioninstancedata (jobexecid),
    batchstatus      varchar(512),
    exitstatus       varchar(512),
    stepname         varchar(512),
    readcount        integer,
    writecount       integer,
    commitcount      integer,
    rollbackcount    integer,
    readskipcount    integer,
    processskipcount integer,
    filtercount      integer,
    writeskipcount   integer,
    starttime        timestamp,
    endtime          timestamp,
    persistentdata   bytea
);

create table jbatchjobstatus (
    id  bigint not null references jbatchjobinstancedata (jobinstanceid),
    obj bytea
);

create table jbatchstepstatus (
    id  bigint not null references jbatchstepexecutioninstancedata (stepexecid),
    obj bytea
);

do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update, delete on jbatchcheckpointdata,'
            || ' jbatchjobinstancedata, jbatchexecutioninstancedata,'
            || ' jbatchstepexecutioninstancedata, jbatchjobstatus, jbatchstepstatus to %I',
            '${appRole}');
        execute format('grant usage on jbatchjobinstancedata_jobinstanceid_seq,'
            || ' jbatchexecutioninstancedata_jobexecid_seq,'
            || ' jbatchstepexecutioninstancedata_stepexecid_seq to %I', '${appRole}');
    end if;
end
$$;
