import type { DashboardFilters } from './dashboard.types.ts';

/** What the reader picked; empty strings mean "not chosen" (the value of a select's "all" option). */
export interface DashboardSelection {
  year: string;
  quarter: string;
  district: string;
  park: string;
  ownership: string;
  class: string;
}

export const EMPTY_SELECTION: DashboardSelection = {
  year: '',
  quarter: '',
  district: '',
  park: '',
  ownership: '',
  class: '',
};

/** The one API call of the page: only chosen filters go into the query string. */
export function dashboardPath(selection: DashboardSelection): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(selection)) if (value !== '') params.set(key, value);
  const query = params.toString();
  return query ? `/dashboard?${query}` : '/dashboard';
}

/** Query names of the enterprise list page (built by its owner with exactly these names). */
export type EnterpriseListFilter = Partial<
  Record<'focusArea' | 'districtCode' | 'ownership' | 'country', string>
>;

/**
 * A link to the enterprise list; the dashboard's own district and ownership filters carry over so a
 * click never widens what the reader was looking at.
 */
export function enterprisesHref(filters: DashboardFilters, extra: EnterpriseListFilter = {}): string {
  const params = new URLSearchParams();
  if (filters.district) params.set('districtCode', filters.district);
  if (filters.ownership) params.set('ownership', filters.ownership);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/enterprises?${query}` : '/enterprises';
}
