-- H2 compares strings by code point, so a plain index serves the subtree's path range.
create index unit_tenant_path on unit (tenant_id, path);
