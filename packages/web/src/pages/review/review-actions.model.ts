import { ApiError, apiRequest } from '../../api.client.ts';
import type { ReportDto } from './review.types.ts';

/** The approve route's own rule: flagged figures need the filer's explanation first. */
export function approvalBlocked(report: Pick<ReportDto, 'flags' | 'explanation'>): boolean {
  return report.flags.length > 0 && !report.explanation?.trim();
}

export type Outcome = { ok: true } | { ok: false; message: string };

/** POSTs a decision; failures come back as the API's message rather than a thrown error. */
export async function decide(
  reportId: number,
  decision: { kind: 'approve' } | { kind: 'return'; reason: string },
): Promise<Outcome> {
  const body = decision.kind === 'return' ? { reason: decision.reason.trim() } : {};
  try {
    await apiRequest('POST', `/reports/${reportId}/${decision.kind}`, { body });
    return { ok: true };
  } catch (error) {
    const message = error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : String(error);
    return { ok: false, message };
  }
}
