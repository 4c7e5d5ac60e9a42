import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { WHILE_EDITING } from '../api/ApiProvider';
import { ApiError, type ApiClient } from '../api/client';
import type {
  Framework,
  Goal,
  Me,
  PriorityArea,
  RoleExpectations,
  Strategy,
  StrategySummary,
} from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { FormPanel, type FieldSpec, type Values } from '../components/FormPanel';
import { levelName, useChain } from '../roles/chain';

type Editor =
  | { kind: 'strategy' }
  | { kind: 'adopt' }
  | { kind: 'area'; area?: PriorityArea }
  | { kind: 'goal'; area: PriorityArea }
  | { kind: 'expectations'; level: string };

const STRATEGY_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: 'strategy.field.title',
    type: 'text',
    required: true,
    max: 200,
    hint: 'strategy.hint.required',
  },
  { name: 'adoptingBody', label: 'strategy.field.adoptingBody', type: 'text', max: 200 },
  { name: 'validFrom', label: 'strategy.field.validFrom', type: 'date' },
  { name: 'validTo', label: 'strategy.field.validTo', type: 'date' },
  { name: 'vision', label: 'strategy.field.vision', type: 'textarea', max: 20000 },
];

const ADOPT_FIELDS: FieldSpec[] = [
  { name: 'adoptedOn', label: 'strategy.field.adoptedOn', type: 'date', required: true },
  {
    name: 'adoptingBody',
    label: 'strategy.field.adoptingBody',
    type: 'text',
    required: true,
    max: 200,
  },
];

const AREA_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: 'strategy.field.title',
    type: 'text',
    required: true,
    max: 200,
    hint: 'strategy.hint.required',
  },
  { name: 'description', label: 'strategy.field.description', type: 'textarea', max: 4000 },
];

const GOAL_FIELDS: FieldSpec[] = [
  {
    name: 'title',
    label: 'strategy.field.goal',
    type: 'text',
    required: true,
    max: 300,
    hint: 'strategy.hint.required',
  },
  { name: 'measure', label: 'strategy.field.measure', type: 'textarea', max: 1000 },
  { name: 'why', label: 'strategy.field.why', type: 'textarea', max: 2000 },
  { name: 'targetValue', label: 'strategy.field.targetValue', type: 'number' },
  { name: 'unit', label: 'strategy.field.unit', type: 'text', max: 50 },
  { name: 'deadline', label: 'strategy.field.deadline', type: 'date' },
];

/** The version to show: the one asked for if it is there, else the adopted one, else the draft. */
function pick(all: StrategySummary[], chosen?: string): string | undefined {
  return (
    (chosen && all.some((s) => s.id === chosen) ? chosen : undefined) ??
    all.find((s) => s.status === 'ADOPTED')?.id ??
    all.find((s) => s.status === 'DRAFT')?.id ??
    all[0]?.id
  );
}

const orNull = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);

/** The municipality's strategy: the adopted one first, its versions, and editing for admins. */
export function StrategyPage({ api, me }: { api: ApiClient; me: Me }) {
  const { t } = useI18n();
  if (me.tenant === null) {
    return (
      <>
        <PageHeading>{t('strategy.heading')}</PageHeading>
        <p className="notice">{t('strategy.noTenant')}</p>
      </>
    );
  }
  return <StrategyOfTenant api={api} me={me} />;
}

function StrategyOfTenant({ api, me }: { api: ApiClient; me: Me }) {
  const { t, locale, formatNumber, formatDate: formatDay } = useI18n();
  const isAdmin = me.roleLevels.includes('admin');
  const [chosen, setChosen] = useState<string | undefined>();
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const [status, setStatus] = useState('');
  const [editor, setEditor] = useState<Editor | null>(null);
  const chain = useChain(api);
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const formatDate = (iso?: string | null) => (iso ? formatDay(iso) : '');

  const queryClient = useQueryClient();
  const readList = () => api.get<StrategySummary[]>('/api/strategies');
  const readOne = (id: string) => api.get<Strategy>(`/api/strategies/${encodeURIComponent(id)}`);
  const listQuery = useQuery({ queryKey: ['strategies'], queryFn: readList });
  const frameworksQuery = useQuery({
    queryKey: ['strategies', 'frameworks'],
    queryFn: () => api.get<Framework[]>('/api/strategies/frameworks'),
  });
  const list = listQuery.data ?? null;
  const frameworks = frameworksQuery.data ?? [];
  const shownId = list ? pick(list, chosen) : undefined;
  // The version shown stays while another one loads, as before.
  const strategyQuery = useQuery({
    queryKey: ['strategies', shownId ?? ''],
    ...WHILE_EDITING,
    enabled: shownId !== undefined,
    placeholderData: keepPreviousData,
    queryFn: () => readOne(shownId!),
  });
  const strategy = shownId === undefined ? null : (strategyQuery.data ?? null);
  const loadError = reloadError ?? listQuery.error ?? frameworksQuery.error ?? strategyQuery.error;
  const waiting =
    list === null || frameworksQuery.isPending || (shownId !== undefined && strategy === null);

  /**
   * Reads the versions again and shows `next` (else the adopted one, else the draft): the version
   * is read before it is shown, so what takes focus is there. The adopted strategy other pages
   * read may have changed with it.
   */
  const load = async (next?: string) => {
    setReloadError(null);
    try {
      const all = await queryClient.fetchQuery({
        queryKey: ['strategies'],
        queryFn: readList,
        staleTime: 0,
      });
      const id = pick(all, next);
      if (id) {
        await queryClient.fetchQuery({
          queryKey: ['strategies', id],
          queryFn: () => readOne(id),
          staleTime: 0,
        });
      }
      setChosen(id);
      void queryClient.invalidateQueries({ queryKey: ['strategies', 'adopted'] });
    } catch (e) {
      setReloadError(e);
    }
  };

  const retry = () => {
    setReloadError(null);
    if (listQuery.isError) void listQuery.refetch();
    if (frameworksQuery.isError) void frameworksQuery.refetch();
    if (strategyQuery.isError) void strategyQuery.refetch();
  };

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

  /** Runs a write; a conflict (someone else saved, or the version is no draft) reloads. */
  async function write(run: () => Promise<unknown>, done: string, select?: string) {
    try {
      await run();
    } catch (e) {
      if (e instanceof ApiError && (e.status === 409 || e.status === 404)) {
        setEditor(null);
        setNotice(e.status === 409 ? 'strategy.conflict' : 'strategy.gone');
        focusNext.current = 'strategy-notice';
        await load(strategy?.id);
        return;
      }
      throw e;
    }
    setStatus(done);
    setEditor(null);
    await load(select ?? strategy?.id);
  }

  async function action(run: () => Promise<unknown>, done: string, select?: string) {
    setStatus('');
    setNotice(null);
    setActionError(null);
    try {
      await write(run, done, select);
    } catch (e) {
      setActionError(e);
    }
  }

  const base = strategy ? `/api/strategies/${encodeURIComponent(strategy.id)}` : '';
  // What the server lets the caller do with the version shown; it refuses anything else.
  const allowed = strategy?.allowed ?? [];
  const editable = allowed.includes('edit');

  async function discard() {
    if (!strategy) return;
    const title = strategy.title;
    await action(
      () => api.delete(base),
      t('actions.discard.done', { title }),
      strategy.revisesId ?? undefined,
    );
    focusNext.current = 'strategy-new-version';
  }

  async function fromTemplate() {
    await action(async () => {
      const created = await api.post<Strategy>('/api/strategies/from-template', {});
      focusNext.current = 'strategy-title';
      await load(created.id);
    }, t('strategy.created'));
  }

  async function newVersion() {
    if (!strategy) return;
    let created: Strategy | null = null;
    await action(async () => {
      created = await api.post<Strategy>(`${base}/versions`, {});
    }, t('strategy.versionStarted'));
    const c = created as Strategy | null;
    if (c) {
      focusNext.current = 'strategy-title';
      await load(c.id);
    }
  }

  async function move(area: PriorityArea, by: -1 | 1) {
    if (!strategy) return;
    const ids = strategy.areas.map((a) => a.id);
    const from = ids.indexOf(area.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    focusNext.current = `area-${by < 0 ? 'up' : 'down'}-${area.id}`;
    await action(
      () => api.put(`${base}/areas/order`, { areaIds: ids }),
      t('strategy.area.moved', { title: area.title, position: to + 1 }),
    );
  }

  const frameworkLabel = (framework: string) => {
    const f = frameworks.find((x) => x.framework === framework);
    return f ? (locale === 'sv' ? f.sv : f.en) : framework;
  };
  const areaLabel = (framework: string, code: string) => {
    const a = frameworks.find((x) => x.framework === framework)?.areas.find((x) => x.code === code);
    // SELFIE's letters and DigCompEdu's numbers are how those frameworks name their areas; a
    // word code (ANVANDNING) is not shown, only the area's name.
    if (!a) return code;
    const name = locale === 'sv' ? a.sv : a.en;
    return /^[A-Z0-9]$/.test(code) ? `${code} ${name}` : name;
  };
  const roleLabel = (level: string) => levelName(chain, level, t);

  // The server lists every level of the municipality's own chain, in its order; one's own first.
  const allLevels = strategy?.expectations.map((e) => e.roleLevel) ?? [];
  const ownLevels = allLevels.filter((l) => me.roleLevels.includes(l));
  const levelOrder = [...ownLevels, ...allLevels.filter((l) => !ownLevels.includes(l))];
  const expectationsOf = (level: string): RoleExpectations =>
    strategy?.expectations.find((e) => e.roleLevel === level) ?? {
      roleLevel: level,
      statements: [],
      version: null,
    };

  const statusLabel = (s: StrategySummary) =>
    t(
      s.status === 'ADOPTED'
        ? 'strategy.status.ADOPTED'
        : s.status === 'DRAFT'
          ? 'strategy.status.DRAFT'
          : 'strategy.status.ARCHIVED',
    );

  if (loadError != null) {
    return (
      <>
        <PageHeading>{t('strategy.heading')}</PageHeading>
        <ProblemAlert error={loadError} onRetry={retry} />
      </>
    );
  }
  if (list === null || waiting) {
    return (
      <>
        <PageHeading>{t('strategy.heading')}</PageHeading>
        <p className="muted" role="status">
          {t('strategy.loading')}
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('strategy.heading')}</PageHeading>
      <p className="status" role="status" id="strategy-status">
        {status}
      </p>
      {notice && (
        <div className="alert alert-warning" role="alert" id="strategy-notice" tabIndex={-1}>
          <p className="alert-title">{t(notice)}</p>
          <p>{t('strategy.reloaded')}</p>
        </div>
      )}
      {actionError != null && <ProblemAlert error={actionError} />}

      {strategy === null ? (
        <section
          className="empty-state"
          aria-labelledby="strategy-empty-heading"
          id="strategy-empty"
        >
          <h2 id="strategy-empty-heading">{t('strategy.empty.heading')}</h2>
          <p>{isAdmin ? t('strategy.empty.admin') : t('strategy.empty.reader')}</p>
          {isAdmin && (
            <div className="actions">
              <button
                type="button"
                className="button"
                id="strategy-from-template"
                onClick={() => void fromTemplate()}
              >
                {t('strategy.fromTemplate')}
              </button>
            </div>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="strategy-title" className="strategy">
            <h2 id="strategy-title" tabIndex={-1}>
              {strategy.title}
            </h2>
            <p className="strategy-badge">
              <span className={`badge badge-${strategy.status.toLowerCase()}`}>
                {statusLabel(strategy)}
              </span>{' '}
              {t('strategy.versionNumber', { number: strategy.versionNumber })}
            </p>
            <dl className="facts">
              <dt>{t('strategy.field.adoptingBody')}</dt>
              <dd>{strategy.adoptingBody || t('strategy.notSet')}</dd>
              <dt>{t('strategy.field.adoptedOn')}</dt>
              <dd>{strategy.adoptedOn ? formatDate(strategy.adoptedOn) : t('strategy.notSet')}</dd>
              <dt>{t('strategy.validity')}</dt>
              <dd>
                {strategy.validFrom || strategy.validTo
                  ? t('strategy.validity.range', {
                      from: formatDate(strategy.validFrom),
                      to: formatDate(strategy.validTo),
                    })
                  : t('strategy.notSet')}
              </dd>
            </dl>

            {allowed.length > 0 && editor === null && (
              <div className="actions">
                {allowed.includes('edit') && (
                  <button
                    type="button"
                    className="button button-secondary"
                    id="strategy-edit"
                    onClick={() => open({ kind: 'strategy' })}
                  >
                    {t('strategy.edit')}
                  </button>
                )}
                {allowed.includes('adopt') && (
                  <button
                    type="button"
                    className="button"
                    id="strategy-adopt"
                    onClick={() => open({ kind: 'adopt' })}
                  >
                    {t('strategy.adopt')}
                  </button>
                )}
                {allowed.includes('discard') && (
                  <ConfirmDialog
                    id="strategy-discard"
                    label={t('actions.discard')}
                    question={t('actions.discard.question', { title: strategy.title })}
                    detail={t('actions.discard.detail')}
                    confirmLabel={t('actions.discard.confirm')}
                    cancelLabel={t('actions.cancel')}
                    onConfirm={discard}
                  />
                )}
                {allowed.includes('new-version') && (
                  <button
                    type="button"
                    className="button button-secondary"
                    id="strategy-new-version"
                    onClick={() => void newVersion()}
                  >
                    {t('strategy.newVersion')}
                  </button>
                )}
              </div>
            )}
            {editor?.kind === 'strategy' && (
              <FormPanel
                id="strategy-form"
                heading={t('strategy.form.edit')}
                fields={STRATEGY_FIELDS}
                initial={{
                  title: strategy.title,
                  adoptingBody: strategy.adoptingBody,
                  validFrom: strategy.validFrom ?? '',
                  validTo: strategy.validTo ?? '',
                  vision: strategy.vision,
                }}
                submitLabel="strategy.save"
                onCancel={() => close('strategy-edit')}
                onSubmit={(v) =>
                  write(
                    () =>
                      api.put(base, {
                        title: v.title?.trim(),
                        adoptingBody: v.adoptingBody ?? '',
                        validFrom: orNull(v.validFrom),
                        validTo: orNull(v.validTo),
                        vision: v.vision ?? '',
                        version: strategy.version,
                      }),
                    t('strategy.saved'),
                  )
                }
              />
            )}
            {editor?.kind === 'adopt' && (
              <FormPanel
                id="adopt-form"
                heading={t('strategy.form.adopt')}
                fields={ADOPT_FIELDS}
                initial={{ adoptedOn: '', adoptingBody: strategy.adoptingBody }}
                submitLabel="strategy.adopt"
                onCancel={() => close('strategy-adopt')}
                onSubmit={(v) =>
                  write(
                    () =>
                      api.post(`${base}/adopt`, {
                        adoptedOn: orNull(v.adoptedOn),
                        adoptingBody: v.adoptingBody?.trim(),
                        version: strategy.version,
                      }),
                    t('strategy.adopted'),
                  )
                }
              >
                <p className="hint">{t('strategy.adopt.hint')}</p>
              </FormPanel>
            )}

            <h2>{t('strategy.vision')}</h2>
            {strategy.vision ? (
              <p className="prewrap">{strategy.vision}</p>
            ) : (
              <p className="muted">{t('strategy.vision.none')}</p>
            )}

            <h2 id="areas-heading">{t('strategy.areas')}</h2>
            {strategy.areas.length === 0 && <p className="muted">{t('strategy.areas.none')}</p>}
            <ol className="area-list" aria-labelledby="areas-heading">
              {strategy.areas.map((area, index) => (
                <li key={area.id} className="area" data-area-id={area.id}>
                  <h3 id={`area-heading-${area.id}`}>{area.title}</h3>
                  {area.description && <p className="prewrap">{area.description}</p>}
                  {area.mappings.length > 0 && (
                    <>
                      <h4>{t('strategy.mappings')}</h4>
                      <ul className="mapping-list">
                        {area.mappings.map((m) => (
                          <li key={`${m.framework}-${m.areaCode}`}>
                            {frameworkLabel(m.framework)}: {areaLabel(m.framework, m.areaCode)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <h4>{t('strategy.goals')}</h4>
                  {area.goals.length === 0 ? (
                    <p className="muted">{t('strategy.goals.none')}</p>
                  ) : (
                    <ul className="goal-list">
                      {area.goals.map((g) => (
                        <GoalItem
                          key={g.id}
                          goal={g}
                          formatDate={formatDate}
                          formatNumber={formatNumber}
                        />
                      ))}
                    </ul>
                  )}
                  {editable && editor === null && (
                    <div className="actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        id={`area-edit-${area.id}`}
                        aria-label={t('strategy.area.edit.label', { title: area.title })}
                        onClick={() => open({ kind: 'area', area })}
                      >
                        {t('strategy.area.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary"
                        id={`goal-new-${area.id}`}
                        aria-label={t('strategy.goal.add.label', { title: area.title })}
                        onClick={() => open({ kind: 'goal', area })}
                      >
                        {t('strategy.goal.add')}
                      </button>
                      {index > 0 && (
                        <button
                          type="button"
                          className="button button-secondary"
                          id={`area-up-${area.id}`}
                          aria-label={t('strategy.area.up.label', { title: area.title })}
                          onClick={() => void move(area, -1)}
                        >
                          {t('strategy.area.up')}
                        </button>
                      )}
                      {index < strategy.areas.length - 1 && (
                        <button
                          type="button"
                          className="button button-secondary"
                          id={`area-down-${area.id}`}
                          aria-label={t('strategy.area.down.label', { title: area.title })}
                          onClick={() => void move(area, 1)}
                        >
                          {t('strategy.area.down')}
                        </button>
                      )}
                    </div>
                  )}
                  {editor?.kind === 'area' && editor.area?.id === area.id && (
                    <AreaForm
                      frameworks={frameworks}
                      area={area}
                      onCancel={() => close(`area-edit-${area.id}`)}
                      onSubmit={(body) =>
                        write(
                          () =>
                            api.put(`${base}/areas/${encodeURIComponent(area.id)}`, {
                              ...body,
                              version: area.version,
                            }),
                          t('strategy.saved'),
                        )
                      }
                    />
                  )}
                  {editor?.kind === 'goal' && editor.area.id === area.id && (
                    <FormPanel
                      id="goal-form"
                      heading={t('strategy.goal.add.label', { title: area.title })}
                      fields={GOAL_FIELDS}
                      initial={{}}
                      submitLabel="strategy.save"
                      onCancel={() => close(`goal-new-${area.id}`)}
                      onSubmit={(v) =>
                        write(
                          () =>
                            api.post(`${base}/areas/${encodeURIComponent(area.id)}/goals`, {
                              title: v.title?.trim(),
                              measure: v.measure ?? '',
                              why: v.why ?? '',
                              targetValue:
                                orNull(v.targetValue) === null ? null : Number(v.targetValue),
                              unit: v.unit ?? '',
                              deadline: orNull(v.deadline),
                            }),
                          t('strategy.goal.added'),
                        )
                      }
                    />
                  )}
                </li>
              ))}
            </ol>
            {editable && editor === null && (
              <p>
                <button
                  type="button"
                  className="button button-secondary"
                  id="area-new"
                  onClick={() => open({ kind: 'area' })}
                >
                  {t('strategy.area.add')}
                </button>
              </p>
            )}
            {editor?.kind === 'area' && editor.area === undefined && (
              <AreaForm
                frameworks={frameworks}
                onCancel={() => close('area-new')}
                onSubmit={(body) =>
                  write(() => api.post(`${base}/areas`, body), t('strategy.area.added'))
                }
              />
            )}

            <h2>{t('strategy.expectations')}</h2>
            <p className="lead">{t('strategy.expectations.intro')}</p>
            {levelOrder.map((level) => {
              const e = expectationsOf(level);
              const own = ownLevels.includes(level);
              if (!own && e.statements.length === 0 && !editable) return null;
              return (
                <section
                  key={level}
                  className="expectations"
                  aria-labelledby={`expectations-${level}`}
                >
                  <h3 id={`expectations-${level}`}>
                    {own
                      ? t('strategy.expectations.own', { role: roleLabel(level) })
                      : roleLabel(level)}
                  </h3>
                  {e.statements.length === 0 ? (
                    <p className="muted">{t('strategy.expectations.none')}</p>
                  ) : (
                    <ol>
                      {e.statements.map((s, i) => (
                        <li key={i}>{s}</li>
                      ))}
                    </ol>
                  )}
                  {editable && editor === null && (
                    <button
                      type="button"
                      className="button button-secondary"
                      id={`expectations-edit-${level}`}
                      aria-label={t('strategy.expectations.edit.label', { role: roleLabel(level) })}
                      onClick={() => open({ kind: 'expectations', level })}
                    >
                      {t('strategy.expectations.edit')}
                    </button>
                  )}
                  {editor?.kind === 'expectations' && editor.level === level && (
                    <FormPanel
                      id="expectations-form"
                      heading={t('strategy.expectations.edit.label', { role: roleLabel(level) })}
                      fields={[
                        {
                          name: 'statements',
                          label: 'strategy.field.statements',
                          type: 'textarea',
                          hint: 'strategy.hint.statements',
                        },
                      ]}
                      initial={{ statements: e.statements.join('\n') }}
                      submitLabel="strategy.save"
                      onCancel={() => close(`expectations-edit-${level}`)}
                      onSubmit={(v) =>
                        write(
                          () =>
                            api.put(`${base}/expectations/${level}`, {
                              statements: (v.statements ?? '')
                                .split('\n')
                                .map((s) => s.trim())
                                .filter((s) => s !== ''),
                              version: e.version ?? null,
                            }),
                          t('strategy.saved'),
                        )
                      }
                    />
                  )}
                </section>
              );
            })}
          </section>

          <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t('strategy.versions')}</h2>
            <ul className="version-list">
              {list.map((s) => (
                <li key={s.id} aria-current={s.id === strategy.id ? 'true' : undefined}>
                  <span>
                    {s.title} · {t('strategy.versionNumber', { number: s.versionNumber })} ·{' '}
                    {statusLabel(s)}
                    {s.adoptedOn && <> · {formatDate(s.adoptedOn)}</>}
                  </span>{' '}
                  {s.id === strategy.id ? (
                    <span className="muted">({t('strategy.versions.shown')})</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button link-button-dark"
                      id={`version-show-${s.id}`}
                      aria-label={t('strategy.versions.show.label', {
                        title: s.title,
                        number: s.versionNumber,
                      })}
                      onClick={() => {
                        focusNext.current = 'strategy-title';
                        void load(s.id);
                      }}
                    >
                      {t('strategy.versions.show')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {isAdmin && !list.some((s) => s.status === 'DRAFT') && (
              <p>
                <button
                  type="button"
                  className="button button-secondary"
                  id="strategy-from-template"
                  onClick={() => void fromTemplate()}
                >
                  {t('strategy.fromTemplate')}
                </button>
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}

function GoalItem({
  goal,
  formatDate,
  formatNumber,
}: {
  goal: Goal;
  formatDate: (iso?: string | null) => string;
  formatNumber: (n: number) => string;
}) {
  const { t } = useI18n();
  return (
    <li className="goal">
      <p className="goal-title">{goal.title}</p>
      <dl className="facts">
        {goal.measure && (
          <>
            <dt>{t('strategy.field.measure')}</dt>
            <dd>{goal.measure}</dd>
          </>
        )}
        {goal.why && (
          <>
            <dt>{t('strategy.field.why')}</dt>
            <dd>{goal.why}</dd>
          </>
        )}
        {goal.targetValue != null && (
          <>
            <dt>{t('strategy.field.targetValue')}</dt>
            <dd>
              {formatNumber(goal.targetValue)} {goal.unit}
            </dd>
          </>
        )}
        {goal.deadline && (
          <>
            <dt>{t('strategy.field.deadline')}</dt>
            <dd>{formatDate(goal.deadline)}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

function AreaForm({
  frameworks,
  area,
  onSubmit,
  onCancel,
}: {
  frameworks: Framework[];
  area?: PriorityArea;
  onSubmit: (body: {
    title: string;
    description: string;
    mappings: { framework: string; areaCode: string }[];
  }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<Set<string>>(
    new Set(area?.mappings.map((m) => `${m.framework}/${m.areaCode}`) ?? []),
  );
  const toggle = (key: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const submit = (v: Values) =>
    onSubmit({
      title: (v.title ?? '').trim(),
      description: v.description ?? '',
      mappings: [...chosen].map((key) => {
        const [framework, areaCode] = key.split('/');
        return { framework: framework ?? '', areaCode: areaCode ?? '' };
      }),
    });
  return (
    <FormPanel
      id="area-form"
      heading={area ? t('strategy.area.edit.label', { title: area.title }) : t('strategy.area.add')}
      fields={AREA_FIELDS}
      initial={{ title: area?.title ?? '', description: area?.description ?? '' }}
      submitLabel="strategy.save"
      onSubmit={submit}
      onCancel={onCancel}
    >
      {frameworks.map((f) => (
        <fieldset key={f.framework} className="checkbox-group">
          <legend>{locale === 'sv' ? f.sv : f.en}</legend>
          {f.areas.map((a) => {
            const key = `${f.framework}/${a.code}`;
            const id = `mapping-${f.framework}-${a.code}`;
            return (
              <div key={key} className="checkbox">
                <input
                  type="checkbox"
                  id={id}
                  checked={chosen.has(key)}
                  onChange={() => toggle(key)}
                />
                <label htmlFor={id}>
                  {a.code} {locale === 'sv' ? a.sv : a.en}
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </FormPanel>
  );
}
