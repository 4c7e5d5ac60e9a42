import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { Me, Page, Tenant, Unit, UnitChange } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import { schoolFormNames } from '../i18n/codes';
import { buildTree, moveTargets, type TreeNode } from './tree';
import { CloseForm, MoveForm, UnitForm, type UnitInput } from './UnitForms';

const PAGE_SIZE = 500;

type Editor =
  | { mode: 'create'; parentId: string | null }
  | { mode: 'edit'; unit: Unit }
  | { mode: 'move'; unit: Unit }
  | { mode: 'close'; unit: Unit };

/**
 * The municipality's organisation tree: everyone reads it, its admin changes it. `unitId` (from the
 * address, `#/organisation/<id>`) is the unit shown selected; choosing one calls `onSelectUnit`, so
 * the address follows.
 */
export function Organisation({
  api,
  me,
  unitId = null,
  onSelectUnit,
}: {
  api: ApiClient;
  me: Me;
  unitId?: string | null;
  onSelectUnit?: (id: string) => void;
}) {
  const { t } = useI18n();
  if (me.tenant === null) {
    return (
      <>
        <PageHeading>{t('org.heading')}</PageHeading>
        <p className="notice">{t('org.noTenant')}</p>
      </>
    );
  }
  return (
    <OrganisationOfTenant
      api={api}
      tenant={me.tenant}
      isAdmin={me.roleLevels.includes('admin')}
      unitId={unitId}
      onSelectUnit={onSelectUnit}
    />
  );
}

function OrganisationOfTenant({
  api,
  tenant,
  isAdmin,
  unitId,
  onSelectUnit,
}: {
  api: ApiClient;
  tenant: Tenant;
  isAdmin: boolean;
  unitId: string | null;
  onSelectUnit?: (id: string) => void;
}) {
  const { t } = useI18n();
  const [showClosed, setShowClosed] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(unitId);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState(false);
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const queryClient = useQueryClient();
  /** Every unit, open and closed, a page at a time. */
  const unitsQuery = useQuery({
    queryKey: ['units', { includeClosed: true }],
    queryFn: async () => {
      const all: Unit[] = [];
      for (;;) {
        const page = await api.get<Page<Unit>>(
          `/api/units?includeClosed=true&offset=${all.length}&limit=${PAGE_SIZE}`,
        );
        all.push(...page.items);
        if (page.items.length === 0 || all.length >= page.total) break;
      }
      return all;
    },
  });
  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const loadError = unitsQuery.error;
  // A change of one unit shows in the tree, its history, its name in the breadcrumb and every list
  // of units elsewhere.
  const load = () => queryClient.invalidateQueries({ queryKey: ['units'] });

  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const shown = useMemo(
    () => (showClosed ? units : units.filter((u) => u.open)),
    [units, showClosed],
  );
  const tree = useMemo(() => buildTree(shown), [shown]);
  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;
  const openUnits = useMemo(
    () => units.filter((u) => u.open).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [units],
  );

  // Back and forward (or a link) to another unit's address select that unit.
  useEffect(() => {
    if (unitId) setSelectedId(unitId);
  }, [unitId]);

  function select(id: string) {
    setEditor(null);
    setConflict(false);
    setSelectedId(id);
    onSelectUnit?.(id);
  }

  function open(next: Editor) {
    setStatus('');
    setConflict(false);
    setEditor(next);
  }

  function cancel() {
    focusNext.current = selected ? `unit-${selected.id}` : 'org-new';
    setEditor(null);
  }

  /** Saves; a stale version reloads the tree and says why, any other refusal stays in the form. */
  async function save(write: () => Promise<Unit>, message: (unit: Unit) => string) {
    let saved: Unit;
    try {
      saved = await write();
    } catch (e) {
      if (
        e instanceof ApiError &&
        (e.code === 'tenant.unit.stale-version' || e.code === 'core.persistence.concurrent-update')
      ) {
        setEditor(null);
        setConflict(true);
        focusNext.current = 'org-conflict';
        await load();
        return;
      }
      throw e;
    }
    setEditor(null);
    setStatus(message(saved));
    setSelectedId(saved.id);
    if (!saved.open) setShowClosed(true);
    focusNext.current = `unit-${saved.id}`;
    await load();
  }

  const create = (input: UnitInput) =>
    save(
      () => api.post<Unit>('/api/units', input),
      (u) => t('org.created', { name: u.name }),
    );

  const edit = (unit: Unit) => (input: UnitInput) =>
    save(
      () =>
        api.put<Unit>(`/api/units/${encodeURIComponent(unit.id)}`, {
          name: input.name,
          schoolUnitCode: input.schoolUnitCode,
          schoolForms: input.schoolForms,
          version: unit.version,
        }),
      (u) => t('org.updated', { name: u.name }),
    );

  const move = (unit: Unit) => (parentId: string) =>
    save(
      () =>
        api.post<Unit>(`/api/units/${encodeURIComponent(unit.id)}/move`, {
          parentId,
          version: unit.version,
        }),
      (u) => t('org.moved', { name: u.name }),
    );

  const close = (unit: Unit) => (closedOn: string) =>
    save(
      () =>
        api.post<Unit>(`/api/units/${encodeURIComponent(unit.id)}/close`, {
          closedOn,
          version: unit.version,
        }),
      (u) => t('org.closed', { name: u.name }),
    );

  return (
    <>
      <PageHeading>{t('org.heading')}</PageHeading>
      <p className="lead">{t('org.intro', { municipality: tenant.name })}</p>

      <p className="status" role="status" id="org-status">
        {status}
      </p>
      {conflict && (
        <div className="alert alert-warning" role="alert" id="org-conflict" tabIndex={-1}>
          <p className="alert-title">{t('org.conflict.title')}</p>
          <p>{t('org.conflict.detail')}</p>
        </div>
      )}

      {isAdmin && !editor && (
        <p>
          <button
            type="button"
            className="button"
            id="org-new"
            onClick={() => open({ mode: 'create', parentId: selected?.open ? selected.id : null })}
          >
            {t('org.new')}
          </button>
        </p>
      )}
      {editor?.mode === 'create' && (
        <UnitForm
          key={`create-${editor.parentId ?? ''}`}
          mode="create"
          parents={openUnits}
          initialParentId={editor.parentId}
          onSubmit={create}
          onCancel={cancel}
        />
      )}

      {unitsQuery.isPending ? (
        <p className="muted">{t('org.loading')}</p>
      ) : loadError != null ? (
        <ProblemAlert error={loadError} onRetry={() => void unitsQuery.refetch()} />
      ) : units.length === 0 ? (
        <section className="empty-state" aria-labelledby="org-empty-heading" id="org-empty">
          <h2 id="org-empty-heading">{t('org.empty.heading')}</h2>
          <p>{isAdmin ? t('org.empty.admin') : t('org.empty.text')}</p>
        </section>
      ) : (
        <div className="org-layout">
          <section aria-labelledby="org-tree-heading" className="org-tree">
            <h2 id="org-tree-heading">{t('org.tree.heading')}</h2>
            <p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  id="org-show-closed"
                  checked={showClosed}
                  onChange={(e) => setShowClosed(e.target.checked)}
                />{' '}
                {t('org.showClosed')}
              </label>
            </p>
            <nav aria-label={t('org.tree.label')}>
              <UnitList nodes={tree} selectedId={selectedId} onSelect={select} />
            </nav>
          </section>

          <section aria-labelledby="org-details-heading" className="org-details panel">
            {selected ? (
              <>
                <h2 id="org-details-heading">{selected.name}</h2>
                <UnitFacts
                  unit={selected}
                  parent={selected.parentId ? byId.get(selected.parentId) : undefined}
                />
                {(selected.allowed ?? []).length > 0 && !editor && (
                  <div className="actions">
                    {selected.allowed?.includes('new-child') && (
                      <button
                        type="button"
                        className="button button-secondary"
                        id="unit-new-child"
                        onClick={() => open({ mode: 'create', parentId: selected.id })}
                      >
                        {t('org.newChild')}
                      </button>
                    )}
                    {selected.allowed?.includes('edit') && (
                      <button
                        type="button"
                        className="button button-secondary"
                        id="unit-edit"
                        onClick={() => open({ mode: 'edit', unit: selected })}
                      >
                        {t('org.edit')}
                      </button>
                    )}
                    {selected.allowed?.includes('move') && (
                      <button
                        type="button"
                        className="button button-secondary"
                        id="unit-move"
                        onClick={() => open({ mode: 'move', unit: selected })}
                      >
                        {t('org.move')}
                      </button>
                    )}
                    {selected.allowed?.includes('close') && (
                      <button
                        type="button"
                        className="button button-secondary"
                        id="unit-close"
                        onClick={() => open({ mode: 'close', unit: selected })}
                      >
                        {t('org.close')}
                      </button>
                    )}
                  </div>
                )}
                {editor?.mode === 'edit' && (
                  <UnitForm
                    key={`edit-${editor.unit.id}`}
                    mode="edit"
                    unit={editor.unit}
                    parents={openUnits}
                    onSubmit={edit(editor.unit)}
                    onCancel={cancel}
                  />
                )}
                {editor?.mode === 'move' && (
                  <MoveForm
                    key={`move-${editor.unit.id}`}
                    unit={editor.unit}
                    targets={moveTargets(units, editor.unit)}
                    onSubmit={move(editor.unit)}
                    onCancel={cancel}
                  />
                )}
                {editor?.mode === 'close' && (
                  <CloseForm
                    key={`close-${editor.unit.id}`}
                    unit={editor.unit}
                    onSubmit={close(editor.unit)}
                    onCancel={cancel}
                  />
                )}
                <History api={api} unit={selected} byId={byId} />
              </>
            ) : (
              <>
                <h2 id="org-details-heading">{t('org.details.heading')}</h2>
                <p className="muted">{t('org.details.none')}</p>
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}

/** The tree as nested lists of buttons: every screen reader reads it, Tab and Enter work. */
function UnitList({
  nodes,
  selectedId,
  onSelect,
}: {
  nodes: TreeNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="unit-tree">
      {nodes.map(({ unit, children }) => (
        <li key={unit.id} data-unit-id={unit.id}>
          <button
            type="button"
            className="unit-link"
            id={`unit-${unit.id}`}
            aria-current={unit.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(unit.id)}
          >
            {unit.name}
          </button>{' '}
          <span className="muted unit-type">
            {t(`unitType.${unit.type}`)}
            {!unit.open && <> ({t('org.closedMark')})</>}
          </span>
          {children.length > 0 && (
            <UnitList nodes={children} selectedId={selectedId} onSelect={onSelect} />
          )}
        </li>
      ))}
    </ul>
  );
}

function UnitFacts({ unit, parent }: { unit: Unit; parent?: Unit }) {
  const { t, formatDate } = useI18n();
  return (
    <dl className="facts" id="unit-facts">
      <dt>{t('org.field.type')}</dt>
      <dd>{t(`unitType.${unit.type}`)}</dd>
      {unit.organisationType && (
        <>
          <dt>{t('org.field.organisationType')}</dt>
          <dd id="unit-facts-organisation-type">{unit.organisationType}</dd>
        </>
      )}
      <dt>{t('org.field.parent')}</dt>
      <dd>{parent ? parent.name : t('org.field.parent.none')}</dd>
      <dt>{t('org.field.schoolUnitCode')}</dt>
      <dd id="unit-facts-code">{unit.schoolUnitCode ?? t('org.none')}</dd>
      <dt>{t('org.field.schoolForms')}</dt>
      <dd>{unit.schoolForms.length > 0 ? schoolFormNames(t, unit.schoolForms) : t('org.none')}</dd>
      <dt>{t('org.field.openedOn')}</dt>
      <dd>{formatDate(unit.openedOn)}</dd>
      <dt>{t('org.field.status')}</dt>
      <dd id="unit-facts-status">
        {unit.closedOn
          ? t('org.status.closed', { date: formatDate(unit.closedOn) })
          : t('org.status.open')}
      </dd>
    </dl>
  );
}

function History({ api, unit, byId }: { api: ApiClient; unit: Unit; byId: Map<string, Unit> }) {
  const { t, formatDateTime, formatDate } = useI18n();
  // Refreshed with the tree after every change of a unit (see load above).
  const history = useQuery({
    queryKey: ['units', unit.id, 'history'],
    queryFn: () => api.get<UnitChange[]>(`/api/units/${encodeURIComponent(unit.id)}/history`),
  });
  const changes = history.data ?? null;
  const error = history.error;

  const value = (change: UnitChange, v: string | null | undefined) => {
    // the server leaves out a value that is null (a unit's first name, a code removed)
    if (v == null || v === '') return t('org.none');
    if (change.kind === 'MOVED') return byId.get(v)?.name ?? v;
    if (change.kind === 'CLOSED') return formatDate(v);
    if (change.kind === 'SCHOOL_FORMS')
      return schoolFormNames(t, v.split(/[,\s]+/).filter(Boolean));
    return v;
  };

  return (
    <section aria-labelledby="unit-history-heading">
      <h3 id="unit-history-heading">{t('org.history.heading')}</h3>
      {error != null ? (
        <ProblemAlert error={error} onRetry={() => void history.refetch()} />
      ) : changes === null ? (
        <p className="muted">{t('org.history.loading')}</p>
      ) : changes.length === 0 ? (
        <p className="muted">{t('org.history.empty')}</p>
      ) : (
        <ol className="unit-history" id="unit-history">
          {changes.map((c) => (
            <li key={c.id}>
              {t(`org.history.${c.kind}`, { from: value(c, c.from), to: value(c, c.to) })}
              <span className="muted">
                {' '}
                · {t('org.history.meta', { by: c.by, date: formatDateTime(c.at) })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
