import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { PlanStatus, PlanSummary } from './types';

/** The school year a day falls in: from 1 July (2026-11-23 -> 2026/27). */
export function schoolYearOf(day: Date): string {
  const start = day.getMonth() >= 6 ? day.getFullYear() : day.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The school years to choose among (newest first): those with plans, and the current one. The
 * default is the current one (the demo is always in it), even when plans exist for later years.
 */
export function schoolYears(
  plans: PlanSummary[],
  today: Date,
): { years: string[]; preferred: string } {
  const withPlans = [...new Set(plans.map((p) => p.schoolYear))].sort().reverse();
  const current = schoolYearOf(today);
  const years = [...new Set([...withPlans, current])].sort().reverse();
  return { years, preferred: current };
}

/**
 * The years come from every plan the caller may read (`['plans']`, so a write that invalidates the
 * plans refreshes them too). Until they arrive, or when they cannot be read, the current year is
 * offered alone; the chosen year stays the caller's own.
 */
export function useSchoolYears(api: ApiClient): {
  years: string[];
  year: string | null;
  setYear: (year: string) => void;
  error: unknown;
} {
  const [chosen, setYear] = useState<string | null>(null);
  const plans = useQuery({
    queryKey: ['plans'],
    queryFn: () => api.get<PlanSummary[]>('/api/plans'),
  });
  const found = useMemo(
    () =>
      plans.isError
        ? { years: [schoolYearOf(new Date())], preferred: schoolYearOf(new Date()) }
        : plans.data !== undefined
          ? schoolYears(Array.isArray(plans.data) ? plans.data : [], new Date())
          : null,
    [plans.data, plans.isError],
  );
  return {
    years: found?.years ?? [],
    year: chosen ?? found?.preferred ?? null,
    setYear,
    error: plans.error,
  };
}

/** A select of school years; changes apply at once (the page below only re-reads, nothing moves). */
export function YearSelect({
  id,
  years,
  year,
  onChange,
}: {
  id: string;
  years: string[];
  year: string;
  onChange: (year: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('plans.schoolYear')}</label>
      <select id={id} value={year} onChange={(e) => onChange(e.target.value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

export const statusKey = (status: PlanStatus) => `plans.status.${status}` as MessageKey;

/** A plan's status in words, with a shape and not only a colour. */
export function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-plan badge-${status.toLowerCase()}`}>{t(statusKey(status))}</span>
  );
}

/** Starts a download of a blob under a file name. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
