import { z } from 'zod';
import type { Period, PeriodType } from './report-period.ts';

/** The settings key an admin changes the deadlines under. */
export const DEADLINES_SETTING_KEY = 'filing.deadlines';

const dayOfMonth = z.number().int().min(1).max(31);

/**
 * When a period's report is due: monthly on a day of the next month, quarterly on a day of the month
 * after the quarter, annual on a date of the following year. The deadline day ends at local midnight,
 * so the city's UTC offset is part of the setting (China Standard Time has no daylight saving).
 */
export const deadlinesSchema = z.strictObject({
  monthly: z.strictObject({ dayOfNextMonth: dayOfMonth }),
  quarterly: z.strictObject({ dayOfMonthAfterQuarter: dayOfMonth }),
  annual: z.strictObject({ month: z.number().int().min(1).max(12), day: dayOfMonth }),
  utcOffsetMinutes: z.number().int().min(-720).max(840),
});
export type FilingDeadlines = z.infer<typeof deadlinesSchema>;

/** The usual practice of the national service-outsourcing statistics: 5th, 15th, 31 March. */
export const DEFAULT_DEADLINES: FilingDeadlines = {
  monthly: { dayOfNextMonth: 5 },
  quarterly: { dayOfMonthAfterQuarter: 15 },
  annual: { month: 3, day: 31 },
  utcOffsetMinutes: 480,
};

/** The stored setting, or the default when none is stored; a stored but invalid one is an error. */
export function parseDeadlines(valueJson: string | undefined): FilingDeadlines {
  if (valueJson === undefined) return DEFAULT_DEADLINES;
  const parsed = deadlinesSchema.safeParse(JSON.parse(valueJson));
  if (!parsed.success)
    throw new Error(`setting ${DEADLINES_SETTING_KEY} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

export interface Deadline {
  /** The last day to file, local date. */
  date: string;
  /** The instant the deadline day ends (local midnight), ISO-8601 UTC. */
  endsAt: string;
}

/** A day of a month, clamped to the month's length (a "31st" in April is the 30th). */
function dateIn(year: number, month: number, day: number): Date {
  const normalised = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(normalised.getUTCFullYear(), normalised.getUTCMonth() + 1, 0)).getUTCDate();
  normalised.setUTCDate(Math.min(day, last));
  return normalised;
}

export function deadlineOf(type: PeriodType, period: Period, d: FilingDeadlines): Deadline {
  const endYear = Number(period.end.slice(0, 4));
  const endMonth = Number(period.end.slice(5, 7));
  const date =
    type === 'annual'
      ? dateIn(endYear + 1, d.annual.month, d.annual.day)
      : dateIn(
          endYear,
          endMonth + 1,
          type === 'monthly' ? d.monthly.dayOfNextMonth : d.quarterly.dayOfMonthAfterQuarter,
        );
  const localMidnightAfter = date.getTime() + 86_400_000 - d.utcOffsetMinutes * 60_000;
  return { date: date.toISOString().slice(0, 10), endsAt: new Date(localMidnightAfter).toISOString() };
}
