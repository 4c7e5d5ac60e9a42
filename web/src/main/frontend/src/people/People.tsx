import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import type { Me, Page, Person, PersonDetail } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';

const PAGE_SIZE = 50;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The municipality's staff (from the SS 12000 import), searchable, each with their duties. */
export function People({ api, me }: { api: ApiClient; me: Me }) {
  const { t } = useI18n();
  if (me.tenant === null) {
    return (
      <>
        <PageHeading>{t('people.heading')}</PageHeading>
        <p className="notice">{t('people.noTenant')}</p>
      </>
    );
  }
  return <PeopleOfTenant api={api} isAdmin={me.roleLevels.includes('admin')} />;
}

function PeopleOfTenant({ api, isAdmin }: { api: ApiClient; isAdmin: boolean }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [detailError, setDetailError] = useState<unknown>(null);
  const [open, setOpen] = useState<Record<string, PersonDetail | 'loading'>>({});
  const queryClient = useQueryClient();

  // A page at a time ("more" asks for the next); the people shown stay until another search's
  // first page arrives, as before.
  const list = useInfiniteQuery({
    queryKey: ['people', { search }],
    queryFn: ({ pageParam }) =>
      api.get<Page<Person>>(
        `/api/people?offset=${pageParam}&limit=${PAGE_SIZE}&search=${encodeURIComponent(search)}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((n, p) => n + p.items.length, 0);
      return shown < last.total ? shown : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const people = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const loading = list.isFetching;
  const error = list.error ?? detailError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen({});
    setSearch(query.trim());
  };

  async function toggle(person: Person) {
    if (open[person.id]) {
      setOpen((o) => without(o, person.id));
      return;
    }
    setOpen((o) => ({ ...o, [person.id]: 'loading' }));
    setDetailError(null);
    try {
      const detail = await queryClient.fetchQuery({
        queryKey: ['people', person.id],
        queryFn: () => api.get<PersonDetail>(`/api/people/${person.id}`),
      });
      setOpen((o) => ({ ...o, [person.id]: detail }));
    } catch (e) {
      setOpen((o) => without(o, person.id));
      setDetailError(e);
    }
  }

  return (
    <>
      <PageHeading>{t('people.heading')}</PageHeading>
      <p className="lead">{t('people.lead')}</p>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="people-search">{t('people.search.label')}</label>
        <input
          id="people-search"
          type="search"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="button">
          {t('people.search.submit')}
        </button>
      </form>
      {error != null && (
        <ProblemAlert
          error={error}
          onRetry={() => {
            setDetailError(null);
            void list.refetch();
          }}
        />
      )}
      <p role="status" className="muted">
        {loading ? t('people.loading') : t('people.count', { shown: people.length, total })}
      </p>
      {!loading && people.length === 0 && error == null && (
        <div className="notice">
          <p>{search ? t('people.empty.search', { search }) : t('people.empty.none')}</p>
          {!search && isAdmin && (
            <p>
              <a href="#/import">{t('people.empty.import')}</a>
            </p>
          )}
        </div>
      )}
      {people.length > 0 && (
        <ul className="people-list">
          {people.map((p) => {
            const detail = open[p.id];
            const name = `${p.givenName} ${p.familyName}`;
            return (
              <li key={p.id} className="person">
                <button
                  type="button"
                  className="link-button person-toggle"
                  aria-expanded={detail !== undefined}
                  aria-controls={`duties-${p.id}`}
                  onClick={() => void toggle(p)}
                >
                  {name}
                </button>
                {p.email && <span className="muted"> · {p.email}</span>}
                {!p.linked && <span className="muted"> · {t('people.notSignedIn')}</span>}
                {detail !== undefined && (
                  <div id={`duties-${p.id}`}>
                    {detail === 'loading' ? (
                      <p className="muted">{t('people.duties.loading')}</p>
                    ) : detail.duties.length === 0 ? (
                      <p className="muted">{t('people.duties.none')}</p>
                    ) : (
                      <table className="duties">
                        <caption className="visually-hidden">
                          {t('people.duties.caption', { name })}
                        </caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('people.duties.role')}</th>
                            <th scope="col">{t('people.duties.unit')}</th>
                            <th scope="col">{t('people.duties.period')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {detail.duties.map((d) => (
                            <tr key={d.id}>
                              <td>{d.dutyRole}</td>
                              <td>{d.unitName ?? '–'}</td>
                              <td>
                                {d.startDate ?? '…'} – {d.endDate ?? ''}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {people.length < total && !loading && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void list.fetchNextPage()}
        >
          {t('people.more')}
        </button>
      )}
    </>
  );
}
