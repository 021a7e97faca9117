import type { PeriodType } from './review.types.ts';

const TYPES: readonly PeriodType[] = ['monthly', 'quarterly', 'annual'];

export interface CompletenessQuery {
  periodType: PeriodType;
  period: string;
}

/** The last quarter that has ended on `today`: the period analysts chase by default. */
export function lastQuarterLabel(today: Date): string {
  const quarter = Math.floor(today.getUTCMonth() / 3);
  return quarter === 0 ? `${today.getUTCFullYear() - 1}-Q4` : `${today.getUTCFullYear()}-Q${quarter}`;
}

/** The chosen period from the URL query (so a view can be linked), defaulting to the last quarter. */
export function parseCompletenessQuery(search: string, today: Date): CompletenessQuery {
  const params = new URLSearchParams(search);
  const type = params.get('periodType');
  const periodType = TYPES.find((t) => t === type) ?? 'quarterly';
  return { periodType, period: params.get('period')?.trim() || lastQuarterLabel(today) };
}

export function completenessSearch(q: CompletenessQuery): string {
  return new URLSearchParams({ periodType: q.periodType, period: q.period }).toString();
}
