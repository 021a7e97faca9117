import { z } from 'zod';

export const EXECUTION_WINDOW_KEY = 'filing.executionWindow';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** MM-DD that every year has: 02-29 is refused, or the window would not close in three years of four. */
function isEveryYearMonthDay(text: string): boolean {
  const [month, day] = text.split('-').map(Number);
  return month !== undefined && day !== undefined && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

export const executionWindowSchema = z.strictObject({
  closesOnMonthDay: z
    .string()
    .regex(/^\d{2}-\d{2}$/, { message: 'must be MM-DD, such as "01-31"', abort: true })
    .refine(isEveryYearMonthDay, 'must be a day every year has (02-29 is not)')
    .describe('executions for year Y are accepted until this day of year Y+1 (China Standard Time)'),
});
export type ExecutionWindow = z.infer<typeof executionWindowSchema>;

export const DEFAULT_EXECUTION_WINDOW: ExecutionWindow = { closesOnMonthDay: '01-31' };

export const filingSettingsInput = z
  .strictObject({ executionWindow: executionWindowSchema })
  .meta({ examples: [{ executionWindow: { closesOnMonthDay: '01-31' } }] });
export type FilingSettings = z.infer<typeof filingSettingsInput>;

export const filingSettingsDto = z.object({
  executionWindow: executionWindowSchema,
  /** Null while the built-in default applies. */
  updatedAt: z.string().nullable(),
});
