import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { Me, Page, RoleAssignment, RoleChain, RoleLevel, Unit } from '../api/types';
import { FormPanel, type FieldSpec, type Values } from '../components/FormPanel';
import { PageHeading } from '../components/PageHeading';
import { peopleSearch } from '../components/PersonPicker';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { buildTree, type TreeNode } from '../organisation/tree';
import { today } from '../organisation/UnitForms';

/** Assignments shown at a time. */
export const ASSIGNMENTS_PAGE = 20;
const UNITS_PAGE = 500;

/** As the API checks a level's key (Chain.KEY): never changed once given. */
const KEY_PATTERN = /^[a-z][a-z0-9-]*$/;

type Editor =
  | { kind: 'rename'; level: RoleLevel }
  | { kind: 'add' }
  | { kind: 'assign' }
  | { kind: 'end'; assignment: RoleAssignment };

/** The units of the tree in tree order, each with its depth, for a select that shows the tree. */
export function treeOrder(units: Unit[]): { unit: Unit; depth: number }[] {
  const out: { unit: Unit; depth: number }[] = [];
  const walk = (nodes: TreeNode[], depth: number) => {
    for (const n of nodes) {
      out.push({ unit: n.unit, depth });
      walk(n.children, depth + 1);
    }
  };
  walk(buildTree(units), 0);
  return out;
}

/** The chain of governance and who holds its levels: everyone reads, the admin changes. */
export function RolesPage({ api, me }: { api: ApiClient; me: Me }) {
  const { t } = useI18n();
  if (me.tenant === null) {
    return (
      <>
        <PageHeading>{t('roles.heading')}</PageHeading>
        <p className="notice">{t('roles.noTenant')}</p>
      </>
    );
  }
  return <RolesOfTenant api={api} me={me} />;
}

function RolesOfTenant({ api, me }: { api: ApiClient; me: Me }) {
  const { t, formatDate } = useI18n();
  const isAdmin = me.roleLevels.includes('admin');
  const searchPeople = useMemo(() => peopleSearch(api), [api]);
  const [requested, setOffset] = useState(0);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [status, setStatus] = useState('');
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const queryClient = useQueryClient();
  // The chain under the key every page reads it by, so a change here shows there too.
  const chainQuery = useQuery({
    queryKey: ['role-hierarchy'],
    queryFn: () => api.get<RoleChain>('/api/role-hierarchy'),
  });
  /** Every open unit, a page at a time. */
  const unitsQuery = useQuery({
    queryKey: ['units', { all: true }],
    queryFn: async () => {
      const found: Unit[] = [];
      for (;;) {
        const page = await api.get<Page<Unit>>(
          `/api/units?offset=${found.length}&limit=${UNITS_PAGE}`,
        );
        found.push(...page.items);
        if (page.items.length === 0 || found.length >= page.total) return found;
      }
    },
  });
  const chain = chainQuery.data ?? null;
  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const loadError = chainQuery.error ?? unitsQuery.error;
  const setChain = (next: RoleChain) => queryClient.setQueryData(['role-hierarchy'], next);

  // Anyone but the admin reads only their own assignments.
  const username = isAdmin ? null : me.username;
  const readAssignments = (from: number) =>
    api.get<Page<RoleAssignment>>(
      `/api/role-assignments?offset=${from}&limit=${ASSIGNMENTS_PAGE}` +
        (username ? `&username=${encodeURIComponent(username)}` : ''),
    );
  // The page shown stays while another one loads.
  const assignmentsQuery = useQuery({
    queryKey: ['role-assignments', { offset: requested, username }],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const page = await readAssignments(requested);
      // Past the end (the last one on the last page was ended elsewhere): show the last page.
      if (page.items.length === 0 && requested > 0 && page.total > 0) {
        return readAssignments(Math.floor((page.total - 1) / ASSIGNMENTS_PAGE) * ASSIGNMENTS_PAGE);
      }
      return page;
    },
  });
  const assignments = assignmentsQuery.data ?? null;
  const assignmentsError = assignmentsQuery.error;
  const offset = assignments?.offset ?? requested;
  // An assignment shows on this page and in a person's duties on the people page.
  const loadAssignments = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['role-assignments'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
    ]);
  const loadChain = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['role-hierarchy'] }),
      queryClient.invalidateQueries({ queryKey: ['units', { all: true }] }),
    ]);

  const levelsByKey = useMemo(() => new Map((chain?.levels ?? []).map((l) => [l.key, l])), [chain]);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const levelName = (key: string) => levelsByKey.get(key)?.name ?? key;
  const unitName = (id?: string | null) =>
    id
      ? (unitsById.get(id)?.name ?? t('roles.assignments.unknownUnit'))
      : t('roles.wholeMunicipality');

  function open(next: Editor) {
    setStatus('');
    setNotice(null);
    setActionError(null);
    setEditor(next);
  }

  function close(focus?: string) {
    setEditor(null);
    if (focus) focusNext.current = focus;
  }

  /**
   * Runs a write. Someone else's change in between (409 for the chain or a stale version) reloads
   * and says so; anything else is the form's to show.
   */
  async function write(run: () => Promise<unknown>, done: string, focus?: string) {
    try {
      await run();
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.status === 404) && isConflict(e)) {
        setEditor(null);
        setNotice('roles.conflict');
        focusNext.current = 'roles-notice';
        await Promise.all([loadChain(), loadAssignments()]);
        return;
      }
      throw e;
    }
    setEditor(null);
    setStatus(done);
    if (focus) focusNext.current = focus;
  }

  /** A write started by a button, not a form: its refusal shows above the chain. */
  async function action(run: () => Promise<unknown>, done: string, focus?: string) {
    setStatus('');
    setNotice(null);
    setActionError(null);
    try {
      await write(run, done, focus);
    } catch (e) {
      setActionError(e);
    }
  }

  async function moveStep(index: number, by: -1 | 1) {
    if (!chain) return;
    const order = chain.order.map((step) => [...step]);
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to]!, order[index]!];
    const names = chain.order[index]!.map(levelName).join(', ');
    // Focus follows the step: the same button, or the other one once the step reached an end.
    const first = chain.order[index]![0]!;
    const up = by < 0 ? to > 0 : to === order.length - 1;
    focusNext.current = `step-${up ? 'up' : 'down'}-${first}`;
    await action(
      async () => {
        setChain(await api.put<RoleChain>('/api/role-hierarchy/order', { order }));
      },
      t('roles.chain.moved', { names, step: to + 1 }),
    );
  }

  if (loadError != null) {
    return (
      <>
        <PageHeading>{t('roles.heading')}</PageHeading>
        <ProblemAlert
          error={loadError}
          onRetry={() => {
            if (chainQuery.isError) void chainQuery.refetch();
            if (unitsQuery.isError) void unitsQuery.refetch();
          }}
        />
      </>
    );
  }
  if (chain === null) {
    return (
      <>
        <PageHeading>{t('roles.heading')}</PageHeading>
        <p className="muted" role="status">
          {t('roles.loading')}
        </p>
      </>
    );
  }

  const functions = chain.levels.filter((l) => !l.inChain);
  const allLevels = [
    ...chain.order.flatMap((step) => step.map((k) => levelsByKey.get(k)).filter(isLevel)),
    ...functions,
  ];

  const renameFields: FieldSpec[] = [
    { name: 'name', label: 'roles.field.name', type: 'text', required: true, max: 200 },
  ];
  const addFields: FieldSpec[] = [
    {
      name: 'key',
      label: 'roles.field.key',
      type: 'text',
      required: true,
      max: 40,
      hint: 'roles.field.key.hint',
      pattern: { regex: KEY_PATTERN, message: 'roles.validation.key' },
    },
    { name: 'name', label: 'roles.field.name', type: 'text', required: true, max: 200 },
    {
      name: 'rank',
      label: 'roles.field.rank',
      type: 'select',
      required: true,
      options: [
        ...chain.order.map((step, i) => ({
          value: String(i),
          label: t('roles.rank.join', { step: i + 1, names: step.map(levelName).join(', ') }),
        })),
        { value: String(chain.order.length), label: t('roles.rank.last') },
        { value: '-1', label: t('roles.rank.beside') },
      ],
    },
  ];
  const assignFields: FieldSpec[] = [
    {
      name: 'username',
      label: 'roles.field.username',
      type: 'person',
      required: true,
      max: 255,
      hint: 'picker.hint',
      person: { search: searchPeople, showUsername: true },
      pattern: { regex: /^\S+$/, message: 'roles.validation.username' },
    },
    {
      name: 'level',
      label: 'roles.field.level',
      type: 'select',
      required: true,
      options: [
        { value: '', label: t('roles.choose') },
        ...allLevels.map((l) => ({ value: l.key, label: l.name })),
      ],
    },
    {
      name: 'unitId',
      label: 'roles.field.unit',
      type: 'select',
      hint: 'roles.field.unit.hint',
      options: [
        { value: '', label: t('roles.wholeMunicipality') },
        ...treeOrder(units.filter((u) => u.open)).map(({ unit, depth }) => ({
          value: unit.id,
          // Non-breaking spaces: a select shows the tree by indentation, screen readers read names.
          label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${unit.name}`,
        })),
      ],
    },
    { name: 'from', label: 'roles.field.from', type: 'date', hint: 'roles.field.from.hint' },
    { name: 'until', label: 'roles.field.until', type: 'date', hint: 'roles.field.until.hint' },
  ];
  const untilAfterFrom =
    (from: string) =>
    (v: Values): Record<string, string> =>
      v.until && from && v.until < from
        ? { until: t('roles.validation.until', { from: formatDate(from) }) }
        : {};

  const period = (a: RoleAssignment) =>
    a.until
      ? t('roles.period.range', { from: formatDate(a.from), until: formatDate(a.until) })
      : t('roles.period.from', { from: formatDate(a.from) });
  const ended = (a: RoleAssignment) => !!a.until && a.until < today();

  return (
    <>
      <PageHeading>{t('roles.heading')}</PageHeading>
      <p className="lead">{isAdmin ? t('roles.intro.admin') : t('roles.intro.reader')}</p>
      <p className="status" role="status" id="roles-status">
        {status}
      </p>
      {notice && (
        <div className="alert alert-warning" role="alert" id="roles-notice" tabIndex={-1}>
          <p className="alert-title">{t(notice)}</p>
          <p>{t('roles.reloaded')}</p>
        </div>
      )}
      {actionError != null && <ProblemAlert error={actionError} />}

      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">{t('roles.chain.heading')}</h2>
        <p className="hint">{t('roles.chain.intro')}</p>
        <ol className="chain-steps" id="chain" aria-labelledby="chain-heading">
          {chain.order.map((step, index) => (
            <li key={step.join(' ')} className="chain-step">
              <span className="visually-hidden">
                {t('roles.chain.step', { step: index + 1 })}:{' '}
              </span>
              <ul className="chain-levels">
                {step.map((key) => {
                  const level = levelsByKey.get(key);
                  if (!level) return null;
                  return (
                    <LevelItem
                      key={key}
                      level={level}
                      canEdit={isAdmin && editor === null}
                      onRename={() => open({ kind: 'rename', level })}
                    />
                  );
                })}
              </ul>
              {isAdmin && editor === null && chain.order.length > 1 && (
                <div className="actions">
                  {index > 0 && (
                    <button
                      type="button"
                      className="button button-secondary"
                      id={`step-up-${step[0]}`}
                      aria-label={t('roles.chain.up.label', {
                        names: step.map(levelName).join(', '),
                      })}
                      onClick={() => void moveStep(index, -1)}
                    >
                      {t('roles.chain.up')}
                    </button>
                  )}
                  {index < chain.order.length - 1 && (
                    <button
                      type="button"
                      className="button button-secondary"
                      id={`step-down-${step[0]}`}
                      aria-label={t('roles.chain.down.label', {
                        names: step.map(levelName).join(', '),
                      })}
                      onClick={() => void moveStep(index, 1)}
                    >
                      {t('roles.chain.down')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>

        <h3 id="functions-heading">{t('roles.functions.heading')}</h3>
        <p className="hint">{t('roles.functions.intro')}</p>
        {functions.length === 0 ? (
          <p className="muted" id="functions-empty">
            {t('roles.functions.none')}
          </p>
        ) : (
          <ul className="chain-levels" id="functions" aria-labelledby="functions-heading">
            {functions.map((level) => (
              <LevelItem
                key={level.key}
                level={level}
                canEdit={isAdmin && editor === null}
                onRename={() => open({ kind: 'rename', level })}
              />
            ))}
          </ul>
        )}

        {editor?.kind === 'rename' && (
          <FormPanel
            id="level-rename-form"
            heading={t('roles.rename.heading', { name: editor.level.name })}
            fields={renameFields}
            initial={{ name: editor.level.name }}
            submitLabel="roles.save"
            onCancel={() => close(`level-rename-${editor.level.key}`)}
            onSubmit={(v) =>
              write(
                async () =>
                  setChain(
                    await api.put<RoleChain>(
                      `/api/role-hierarchy/levels/${encodeURIComponent(editor.level.key)}`,
                      { name: (v.name ?? '').trim() },
                    ),
                  ),
                t('roles.renamed', { name: (v.name ?? '').trim() }),
                `level-rename-${editor.level.key}`,
              )
            }
          />
        )}
        {isAdmin && editor === null && (
          <p>
            <button
              type="button"
              className="button button-secondary"
              id="level-new"
              onClick={() => open({ kind: 'add' })}
            >
              {t('roles.add')}
            </button>
          </p>
        )}
        {editor?.kind === 'add' && (
          <FormPanel
            id="level-form"
            heading={t('roles.add')}
            fields={addFields}
            initial={{ key: '', name: '', rank: String(chain.order.length) }}
            submitLabel="roles.add.submit"
            onCancel={() => close('level-new')}
            onSubmit={(v) =>
              write(
                async () =>
                  setChain(
                    await api.post<RoleChain>('/api/role-hierarchy/levels', {
                      key: (v.key ?? '').trim(),
                      name: (v.name ?? '').trim(),
                      rank: Number(v.rank),
                    }),
                  ),
                t('roles.added', { name: (v.name ?? '').trim() }),
                `level-rename-${(v.key ?? '').trim()}`,
              )
            }
          />
        )}
      </section>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">
          {isAdmin ? t('roles.assignments.heading') : t('roles.assignments.own')}
        </h2>
        {isAdmin && editor === null && (
          <p>
            <button
              type="button"
              className="button"
              id="assignment-new"
              onClick={() => open({ kind: 'assign' })}
            >
              {t('roles.assign')}
            </button>
          </p>
        )}
        {editor?.kind === 'assign' && (
          <FormPanel
            id="assignment-form"
            heading={t('roles.assign')}
            fields={assignFields}
            initial={{ username: '', level: '', unitId: '', from: '', until: '' }}
            submitLabel="roles.assign.submit"
            validate={(v) => untilAfterFrom(v.from || today())(v)}
            onCancel={() => close('assignment-new')}
            onSubmit={(v) =>
              write(
                async () => {
                  await api.post<RoleAssignment>('/api/role-assignments', {
                    username: (v.username ?? '').trim(),
                    level: v.level,
                    unitId: v.unitId || null,
                    from: v.from || null,
                    until: v.until || null,
                  });
                  await loadAssignments();
                },
                t('roles.assigned', {
                  username: (v.username ?? '').trim(),
                  level: levelName(v.level ?? ''),
                }),
                'assignment-new',
              )
            }
          />
        )}
        {assignmentsError != null ? (
          <ProblemAlert error={assignmentsError} onRetry={() => void assignmentsQuery.refetch()} />
        ) : assignments === null ? (
          <p className="muted" role="status">
            {t('roles.assignments.loading')}
          </p>
        ) : assignments.total === 0 ? (
          <div className="empty-state" id="assignments-empty">
            <p>{isAdmin ? t('roles.assignments.none.admin') : t('roles.assignments.none.own')}</p>
          </div>
        ) : (
          <>
            <p className="muted" id="assignments-count">
              {t('roles.assignments.count', {
                first: assignments.offset + 1,
                last: assignments.offset + assignments.items.length,
                total: assignments.total,
              })}
            </p>
            <table className="data-table" id="assignments">
              <caption className="visually-hidden">
                {isAdmin ? t('roles.assignments.heading') : t('roles.assignments.own')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('roles.field.username')}</th>
                  <th scope="col">{t('roles.field.level')}</th>
                  <th scope="col">{t('roles.field.unit')}</th>
                  <th scope="col">{t('roles.assignments.period')}</th>
                  {isAdmin && <th scope="col">{t('roles.assignments.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {assignments.items.map((a) => (
                  <tr key={a.id} data-assignment-id={a.id}>
                    <th scope="row">
                      {a.name ?? a.username}
                      {isAdmin && a.name && (
                        <span className="picker-option-secondary" data-username="">
                          {' '}
                          ({a.username})
                        </span>
                      )}
                    </th>
                    <td>{levelName(a.level)}</td>
                    <td>{unitName(a.unitId)}</td>
                    <td>
                      {period(a)}
                      {ended(a) && <> ({t('roles.assignments.ended')})</>}
                    </td>
                    {isAdmin && (
                      <td>
                        {editor === null && !ended(a) && (
                          <button
                            type="button"
                            className="button button-secondary"
                            id={`assignment-end-${a.id}`}
                            aria-label={t('roles.end.label', {
                              username: a.name ?? a.username,
                              level: levelName(a.level),
                            })}
                            onClick={() => open({ kind: 'end', assignment: a })}
                          >
                            {t('roles.end')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {editor?.kind === 'end' && (
              <FormPanel
                id="assignment-end-form"
                heading={t('roles.end.label', {
                  username: editor.assignment.username,
                  level: levelName(editor.assignment.level),
                })}
                fields={[
                  {
                    name: 'until',
                    label: 'roles.field.lastDay',
                    type: 'date',
                    required: true,
                    hint: 'roles.field.lastDay.hint',
                  },
                ]}
                initial={{ until: today() }}
                submitLabel="roles.end"
                validate={untilAfterFrom(editor.assignment.from)}
                onCancel={() => close(`assignment-end-${editor.assignment.id}`)}
                onSubmit={(v) =>
                  write(
                    async () => {
                      await api.post<RoleAssignment>(
                        `/api/role-assignments/${encodeURIComponent(editor.assignment.id)}/end`,
                        { until: v.until, version: editor.assignment.version },
                      );
                      await loadAssignments();
                    },
                    t('roles.ended', {
                      username: editor.assignment.name ?? editor.assignment.username,
                    }),
                    'assignments-heading',
                  )
                }
              />
            )}
            {assignments.total > ASSIGNMENTS_PAGE && (
              <nav className="actions" aria-label={t('roles.assignments.paging')}>
                <button
                  type="button"
                  className="button button-secondary"
                  id="assignments-prev"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - ASSIGNMENTS_PAGE))}
                >
                  {t('roles.assignments.prev')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  id="assignments-next"
                  disabled={offset + ASSIGNMENTS_PAGE >= assignments.total}
                  onClick={() => setOffset(offset + ASSIGNMENTS_PAGE)}
                >
                  {t('roles.assignments.next')}
                </button>
              </nav>
            )}
          </>
        )}
      </section>
    </>
  );
}

function LevelItem({
  level,
  canEdit,
  onRename,
}: {
  level: RoleLevel;
  canEdit: boolean;
  onRename: () => void;
}) {
  const { t } = useI18n();
  return (
    <li className="chain-level" data-level-key={level.key}>
      <span className="chain-level-name">{level.name}</span>
      {level.top && <span className="badge">{t('roles.top')}</span>}
      {canEdit && (
        <button
          type="button"
          className="link-button link-button-dark"
          id={`level-rename-${level.key}`}
          aria-label={t('roles.rename.label', { name: level.name })}
          onClick={onRename}
        >
          {t('roles.rename')}
        </button>
      )}
    </li>
  );
}

function isLevel(l: RoleLevel | undefined): l is RoleLevel {
  return l !== undefined;
}

/** Someone else changed the chain or the assignment first; not a mistake in the form. */
function isConflict(e: ApiError): boolean {
  return (
    e.code === 'tenant.role.order-mismatch' ||
    e.code === 'tenant.role.stale-version' ||
    e.code === 'tenant.role.assignment-not-found' ||
    e.code === 'core.persistence.concurrent-update'
  );
}
