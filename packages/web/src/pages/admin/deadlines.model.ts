import { numberOrText } from './admin-form.model.ts';
import type { SettingCodec } from './use-setting-editor.hook.ts';

export interface Deadlines {
  monthly: { dayOfNextMonth: number };
  quarterly: { dayOfMonthAfterQuarter: number };
  annual: { month: number; day: number };
  utcOffsetMinutes: number;
  updatedAt: string | null;
}

/** Form fields keyed by the server's issue paths, so each issue lands beside its input. */
export const DEADLINE_FIELDS = [
  { path: 'monthly.dayOfNextMonth', label: 'admin.deadlines.monthly' },
  { path: 'quarterly.dayOfMonthAfterQuarter', label: 'admin.deadlines.quarterly' },
  { path: 'annual.month', label: 'admin.deadlines.annualMonth' },
  { path: 'annual.day', label: 'admin.deadlines.annualDay' },
  { path: 'utcOffsetMinutes', label: 'admin.deadlines.utcOffset' },
] as const;
export type DeadlineField = (typeof DEADLINE_FIELDS)[number]['path'];
export type DeadlinesForm = Record<DeadlineField, string>;

export const DEADLINES_CODEC: SettingCodec<Deadlines, DeadlinesForm> = {
  path: '/settings/deadlines',
  toForm: (d) => ({
    'monthly.dayOfNextMonth': String(d.monthly.dayOfNextMonth),
    'quarterly.dayOfMonthAfterQuarter': String(d.quarterly.dayOfMonthAfterQuarter),
    'annual.month': String(d.annual.month),
    'annual.day': String(d.annual.day),
    utcOffsetMinutes: String(d.utcOffsetMinutes),
  }),
  toBody: (f) => ({
    monthly: { dayOfNextMonth: numberOrText(f['monthly.dayOfNextMonth']) },
    quarterly: { dayOfMonthAfterQuarter: numberOrText(f['quarterly.dayOfMonthAfterQuarter']) },
    annual: { month: numberOrText(f['annual.month']), day: numberOrText(f['annual.day']) },
    utcOffsetMinutes: numberOrText(f.utcOffsetMinutes),
  }),
  updatedAtOf: (d) => d.updatedAt,
};

export interface FilingSettings {
  executionWindow: { closesOnMonthDay: string };
  updatedAt: string | null;
}

export const WINDOW_CODEC: SettingCodec<FilingSettings, string> = {
  path: '/settings/filing',
  toForm: (s) => s.executionWindow.closesOnMonthDay,
  toBody: (closesOnMonthDay) => ({ executionWindow: { closesOnMonthDay } }),
  updatedAtOf: (s) => s.updatedAt,
};
