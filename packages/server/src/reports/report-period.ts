/** Period types of a report and the calendar periods each may cover (pure; no I/O). */
export const PERIOD_TYPES = ['monthly', 'quarterly', 'annual'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/**
 * Several period types may cover one year; summing them would count it twice. Whoever sums a year
 * (city indicators, peer benchmark, client statements) counts only the most definitive type present:
 * annual, else quarterly, else monthly. Lower ranks win; unknown types rank last.
 */
export const YEAR_PERIOD_RANK: Readonly<Record<string, number>> = { annual: 0, quarterly: 1, monthly: 2 };

export interface Period {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of a month (month 1–12) as an ISO date. */
function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The calendar period of a type that contains `start`'s month: e.g. the quarter of 2024-05 is Q2. */
function periodFrom(type: PeriodType, year: number, month: number): Period {
  if (type === 'monthly') return { start: `${year}-${pad(month)}-01`, end: monthEnd(year, month) };
  if (type === 'annual') return { start: `${year}-01-01`, end: `${year}-12-31` };
  const first = month - ((month - 1) % 3);
  return { start: `${year}-${pad(first)}-01`, end: monthEnd(year, first + 2) };
}

const EXAMPLES: Record<PeriodType, string> = {
  monthly: 'one calendar month, e.g. 2024-04-01 to 2024-04-30',
  quarterly: 'one calendar quarter, e.g. 2024-04-01 to 2024-06-30',
  annual: 'one calendar year, e.g. 2024-01-01 to 2024-12-31',
};

/** Why a period does not fit its type, or null when it is exactly one calendar period of that type. */
export function periodMismatch(type: PeriodType, period: Period): string | null {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const expected = periodFrom(type, year, month);
  if (expected.start === period.start && expected.end === period.end) return null;
  return `a ${type} report covers ${EXAMPLES[type]}`;
}

/** The label of a period: `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
export function periodLabel(type: PeriodType, period: Period): string {
  const year = period.start.slice(0, 4);
  if (type === 'annual') return year;
  if (type === 'monthly') return period.start.slice(0, 7);
  return `${year}-Q${Math.floor((Number(period.start.slice(5, 7)) - 1) / 3) + 1}`;
}

const LABELS: Record<PeriodType, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  annual: /^(\d{4})$/,
};

/** The period a label names, or null when the label does not fit the type. */
export function periodOfLabel(type: PeriodType, label: string): Period | null {
  const m = LABELS[type].exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  const month = type === 'monthly' ? Number(m[2]) : type === 'quarterly' ? Number(m[2]) * 3 - 2 : 1;
  return periodFrom(type, year, month);
}
