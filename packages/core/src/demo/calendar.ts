/** The demo city's reporting calendar: the twelve quarters of 2022–2024 and date helpers. */
export const FIRST_YEAR = 2022;
export const LAST_YEAR = 2024;

export interface Quarter {
  /** 0 for 2022 Q1 … 11 for 2024 Q4; negative or larger indexes lie outside the demo's window. */
  index: number;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  start: string;
  end: string;
  label: string;
}

const QUARTER_END_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;
const QUARTER_START_DAY = ['01-01', '04-01', '07-01', '10-01'] as const;

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Any quarter by its index relative to 2022 Q1 (contracts may start in 2021 or run into 2025). */
export function quarterAt(index: number): Quarter {
  const year = FIRST_YEAR + Math.floor(index / 4);
  const q = (((index % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  return {
    index,
    year,
    quarter: (q + 1) as 1 | 2 | 3 | 4,
    start: `${year}-${QUARTER_START_DAY[q]}`,
    end: `${year}-${QUARTER_END_DAY[q]}`,
    label: `${year}Q${q + 1}`,
  };
}

/** The index of the quarter holding an ISO date. */
export function quarterIndexOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return (year - FIRST_YEAR) * 4 + Math.floor((month - 1) / 3);
}

export const QUARTERS: readonly Quarter[] = Array.from({ length: 12 }, (_, i) => quarterAt(i));
export const LAST_QUARTER_INDEX = QUARTERS.length - 1;

/** Adds whole years to an ISO date and steps back a day: the last valid day of a 3-year certificate. */
export function validUntil(fromIso: string, years: number): string {
  const date = new Date(`${fromIso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** A uniformly drawn ISO date in [fromIso, toIso] (whole days, UTC: no time-zone dependence). */
export function randomDateBetween(
  rng: { int(min: number, max: number): number },
  fromIso: string,
  toIso: string,
) {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  const days = Math.max(0, Math.round((to - from) / DAY_MS));
  return new Date(from + rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** The later of two ISO dates (ISO strings compare in date order). */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}
