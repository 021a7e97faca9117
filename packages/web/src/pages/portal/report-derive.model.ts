import {
  calculateFiling,
  checkPlausibility,
  DEFAULT_FACTOR_LIBRARY,
  type FilingInput,
  filingSchema,
  type PeriodResult,
  type PlausibilityFlag,
  validate,
} from '@greenshore/core';
import { filingFromForm, type ReportForm } from './report-form.model.ts';
import { issuesByField } from './report-issues.model.ts';

export interface DerivedReport {
  filing: FilingInput;
  /** The core calculation, or null while the input is invalid. */
  result: PeriodResult | null;
  /** Validation issues by field path (empty when valid). */
  issues: Record<string, string>;
  flags: PlausibilityFlag[];
}

/**
 * Everything the form shows from what the user typed: the same core functions the server runs, so the
 * preview and the stored result cannot disagree. `previousOf` gives the stored filing of the period
 * before the one starting on a date (it follows the period the user picks).
 */
export function deriveReport(form: ReportForm, previousOf: (start: string) => unknown): DerivedReport {
  const filing = filingFromForm(form);
  const previousFiling = previousOf(filing.period.start);
  const calc = calculateFiling(filing, DEFAULT_FACTOR_LIBRARY);
  if (!calc.ok) return { filing, result: null, issues: issuesByField(calc.issues), flags: [] };
  const valid = validate(filingSchema, filing);
  const previous = previousFiling ? validate(filingSchema, previousFiling) : null;
  const flags = valid.ok
    ? checkPlausibility({ filing: valid.value, previous: previous?.ok ? previous.value : null })
    : [];
  return { filing, result: calc.value, issues: {}, flags };
}

/** Live flags plus those the server stored (it also checks peers), each code once. */
export function mergeFlags(
  live: readonly PlausibilityFlag[],
  stored: readonly PlausibilityFlag[],
): PlausibilityFlag[] {
  const seen = new Set(live.map((f) => f.code));
  return [...live, ...stored.filter((f) => !seen.has(f.code))];
}
