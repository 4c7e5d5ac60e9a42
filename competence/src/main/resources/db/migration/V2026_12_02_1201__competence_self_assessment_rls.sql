-- See V2026_11_23_0101: every tenant-owned table gets the same policy, forced on the owner too.
do $$
declare
    t text;
begin
    foreach t in array array['competence_setting', 'instrument', 'instrument_version', 'survey_round',
                             'round_invitation', 'answer_draft', 'answer_sheet', 'answer_value'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I'
                       ' using (tenant_id = current_setting(''styrkedja.tenant_id'', true))'
                       ' with check (tenant_id = current_setting(''styrkedja.tenant_id'', true))', t);
    end loop;
end
$$;

-- Answers are only ever added (and a whole tenant purged by the owner role); drafts come and go.
do $$
begin
    if '${appRole}' <> '' then
        execute format('grant select, insert, update on competence_setting to %I', '${appRole}');
        execute format('grant select, insert, update, delete on instrument to %I', '${appRole}');
        execute format('grant select, insert, update, delete on instrument_version to %I', '${appRole}');
        execute format('grant select, insert, update on survey_round to %I', '${appRole}');
        execute format('grant select, insert, update on round_invitation to %I', '${appRole}');
        execute format('grant select, insert, update, delete on answer_draft to %I', '${appRole}');
        execute format('grant select, insert on answer_sheet to %I', '${appRole}');
        execute format('grant select, insert on answer_value to %I', '${appRole}');
    end if;
end
$$;
