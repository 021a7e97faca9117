import { ApiError } from '../../api.client.ts';

/** Server issues keyed by field path (`annual.month`), so each message shows next to its input. */
export type FieldIssues = Record<string, string>;

export type SubmitOutcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid'; issues: FieldIssues }
  | { kind: 'stale' }
  | { kind: 'failed'; message: string };

/** Maps a refused request to what the form shows: field issues, a stale notice or a general error. */
export function outcomeOfError(error: unknown): SubmitOutcome {
  if (!(error instanceof ApiError)) return { kind: 'failed', message: String(error) };
  if (error.status === 412 || error.status === 428) return { kind: 'stale' };
  const fieldIssues = error.issues.filter((i) => !i.path.startsWith('headers.') && i.path !== 'role');
  if ((error.status === 400 || error.status === 409 || error.status === 422) && fieldIssues.length > 0) {
    return { kind: 'invalid', issues: Object.fromEntries(fieldIssues.map((i) => [i.path, i.message])) };
  }
  return { kind: 'failed', message: error.message };
}

export function issuesOf(outcome: SubmitOutcome): FieldIssues {
  return outcome.kind === 'invalid' ? outcome.issues : {};
}

/** A number field's text as JSON: blank or non-numeric text goes as-is so the server names the field. */
export function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

/** An optional id field: blank means none. */
export function optionalId(text: string): number | string | null {
  return text.trim() === '' ? null : numberOrText(text);
}
