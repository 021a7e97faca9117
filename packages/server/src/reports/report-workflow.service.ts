import type { Filing } from '@greenshore/core';
import type { Transaction } from 'kysely';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/http-errors.ts';
import { assertFiler, assertSamePeriod, illegalTransition, loadVisibleReport } from './report-access.ts';
import { appendVersion, movedOn, sameFigures } from './report-history.writer.ts';
import { computeVersion } from './report-version.factory.ts';
import type { ReportRow } from './reports.repository.ts';
import { readBack, type WithEtag } from './reports.service.ts';

type Step = (trx: Transaction<DB>, report: ReportRow, user: UserRow, now: string) => Promise<void>;

/**
 * The review workflow (spec/api.md): draft/returned → submitted → approved | returned, and
 * approved → submitted again by an amendment. Each step appends a version; an illegal one is 409.
 */
export class ReportWorkflowService {
  constructor(private readonly ctx: AppContext) {}

  submit(user: UserRow, id: number, explanation: string | undefined): Promise<WithEtag> {
    return this.run(user, id, async (trx, report, actor, now) => {
      assertFiler(actor);
      if (report.status !== 'draft' && report.status !== 'returned')
        throw illegalTransition(report, 'submit');
      await this.append(trx, report, actor, now, 'submit', {
        status: 'submitted',
        computed: sameFigures(report),
        explanation: explanation ?? report.explanation,
        returnReason: null,
        changeReason: null,
      });
    });
  }

  /** Call after requireRole(analyst): a filer never reaches this. */
  approve(user: UserRow, id: number): Promise<WithEtag> {
    return this.run(user, id, async (trx, report, actor, now) => {
      if (report.status !== 'submitted') throw illegalTransition(report, 'approve');
      const flagged = JSON.parse(report.flags_json).length > 0;
      if (flagged && !report.explanation?.trim()) {
        throw new HttpError(409, 'flagged figures need the filer’s explanation before approval', [
          { path: 'explanation', message: 'required: the report has plausibility flags; return it to ask' },
        ]);
      }
      await this.append(trx, report, actor, now, 'approve', {
        status: 'approved',
        computed: sameFigures(report),
        explanation: report.explanation,
        returnReason: null,
        changeReason: null,
      });
    });
  }

  /** Call after requireRole(analyst). */
  return(user: UserRow, id: number, reason: string): Promise<WithEtag> {
    return this.run(user, id, async (trx, report, actor, now) => {
      if (report.status !== 'submitted') throw illegalTransition(report, 'return');
      await this.append(trx, report, actor, now, 'return', {
        status: 'returned',
        computed: sameFigures(report),
        explanation: report.explanation,
        returnReason: reason,
        changeReason: null,
      });
    });
  }

  /** An approved report's correction, by its filer or the bureau: a new version back under review. */
  amend(
    user: UserRow,
    id: number,
    body: { filing: Filing; reason: string; explanation?: string | undefined },
  ) {
    return this.run(user, id, async (trx, report, actor, now) => {
      if (report.status !== 'approved') throw illegalTransition(report, 'amend');
      assertSamePeriod(report, report.period_type, body.filing.period);
      const subject = { enterpriseId: report.enterprise_id, periodType: report.period_type };
      await this.append(trx, report, actor, now, 'amend', {
        status: 'submitted',
        computed: await computeVersion(trx, subject, body.filing),
        explanation: body.explanation ?? null,
        returnReason: null,
        changeReason: body.reason,
      });
    });
  }

  private async run(user: UserRow, id: number, step: Step): Promise<WithEtag> {
    const now = this.ctx.clock().toISOString();
    return this.ctx.database.db.transaction().execute(async (trx) => {
      await step(trx, await loadVisibleReport(trx, user, id), user, now);
      return readBack(trx, id);
    });
  }

  private append(
    trx: Transaction<DB>,
    report: ReportRow,
    actor: UserRow,
    now: string,
    action: string,
    next: Parameters<typeof appendVersion>[3],
  ) {
    const writer = { kind: this.ctx.database.kind, actor, now, action, lostRace: movedOn() };
    return appendVersion(trx, writer, report, next);
  }
}
