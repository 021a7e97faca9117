import type { FieldIssue } from '../../api.client.ts';

/** Issue messages core and server produce, mapped to catalogue keys so they read in the user's language. */
const KNOWN_MESSAGES: [RegExp, IssueKey][] = [
  [/must be zero or more/, 'nonNegative'],
  [/college-educated employees exceed/, 'collegeExceedsAverage'],
  [/green electricity exceeds/, 'greenExceedsTotal'],
  [/unknown country/, 'unknownCountry'],
  [/unknown service category/, 'unknownCategory'],
  [/at least one revenue line/, 'atLeastOneLine'],
  [/expected number, received (undefined|NaN)/, 'required'],
  [/whole number/, 'wholeNumber'],
];

export type IssueKey =
  | 'nonNegative'
  | 'collegeExceedsAverage'
  | 'greenExceedsTotal'
  | 'unknownCountry'
  | 'unknownCategory'
  | 'atLeastOneLine'
  | 'required'
  | 'wholeNumber';

/** The catalogue key of a known message, else null (the message is then shown as the API wrote it). */
export function issueKeyOf(message: string): IssueKey | null {
  return KNOWN_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * Issues by the form field they belong to. Server paths are prefixed with `filing.`; the first issue
 * of a field is enough to fix it.
 */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.replace(/^(body\.)?filing\./, '');
    out[path] ??= issue.message;
  }
  return out;
}

/** A DOM id for a field path (dots are valid in ids but awkward in CSS selectors). */
export const fieldId = (path: string) => `report-${path.replaceAll('.', '-')}`;
