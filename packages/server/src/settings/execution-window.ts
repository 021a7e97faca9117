import type { ExecutionWindow } from './filing-settings.schema.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Today's date in China Standard Time: filing deadlines are Chinese administrative dates, not UTC ones. */
export function chinaDateOf(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last day executions ending in `periodEnd`'s year are accepted: that year + 1, on the window's day. */
export function windowClosesOn(periodEnd: string, window: ExecutionWindow): string {
  return `${Number(periodEnd.slice(0, 4)) + 1}-${window.closesOnMonthDay}`;
}

/** Whether the filing window for the period's year is closed on `today` (the closing day still counts). */
export function isWindowClosed(periodEnd: string, window: ExecutionWindow, today: string): boolean {
  return today > windowClosesOn(periodEnd, window);
}
