import type { Filing } from '@greenshore/core';
import type { Transaction } from 'kysely';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import type { AppContext } from '../http/app-context.ts';
import { etagOf, staleEtag } from '../http/etag.ts';
import { HttpError, notFound } from '../http/http-errors.ts';
import { assertEnterpriseAccess } from '../http/tenant-access.ts';
import { toReportDto, toVersionDtos } from './report.dto.ts';
import type { ReportDto, VersionDto } from './report.schemas.ts';
import { assertFiler, assertSamePeriod, illegalTransition, loadVisibleReport } from './report-access.ts';
import { appendVersion, insertNewReport } from './report-history.writer.ts';
import { findReportingEnterprise } from './report-inputs.repository.ts';
import { type PeriodType, periodMismatch } from './report-period.ts';
import { computeVersion } from './report-version.factory.ts';
import {
  countReports,
  findReport,
  findReportIdForPeriod,
  listReports,
  listReportVersions,
  type ReportFilters,
} from './reports.repository.ts';

export interface ReportInput {
  periodType: PeriodType;
  filing: Filing;
}

export interface WithEtag {
  report: ReportDto;
  etag: string;
}

/** The report as stored now, with its ETag (which changes with every new version). */
export async function readBack(db: Transaction<DB>, id: number): Promise<WithEtag> {
  const row = await findReport(db, id);
  if (!row) throw notFound();
  return { report: toReportDto(row), etag: etagOf('report', row.id, row.current_version) };
}

const duplicate = () =>
  new HttpError(409, 'a report for this enterprise, period type and period exists already', [
    { path: 'filing.period', message: 'already reported; replace or amend that report instead' },
  ]);

/** The period must be exactly one calendar period of the type: 400 naming filing.period otherwise. */
function assertPeriodFitsType(input: ReportInput): void {
  const problem = periodMismatch(input.periodType, input.filing.period);
  if (problem) {
    throw new HttpError(400, 'the period does not fit the period type', [
      { path: 'filing.period', message: problem },
    ]);
  }
}

/** Reading, creating and replacing period reports; the review workflow is ReportWorkflowService. */
export class ReportsService {
  constructor(private readonly ctx: AppContext) {}

  async list(
    user: UserRow,
    enterpriseId: number,
    filters: ReportFilters,
    page: { limit: number; offset: number },
  ) {
    assertEnterpriseAccess(user, enterpriseId);
    const db = this.ctx.database.db;
    if (!(await findReportingEnterprise(db, enterpriseId))) throw notFound();
    const [rows, total] = await Promise.all([
      listReports(db, enterpriseId, filters, page),
      countReports(db, enterpriseId, filters),
    ]);
    return { items: rows.map(toReportDto), total };
  }

  async get(user: UserRow, id: number): Promise<WithEtag> {
    const row = await loadVisibleReport(this.ctx.database.db, user, id);
    return { report: toReportDto(row), etag: etagOf('report', row.id, row.current_version) };
  }

  async versions(user: UserRow, id: number): Promise<{ items: VersionDto[]; total: number }> {
    await loadVisibleReport(this.ctx.database.db, user, id);
    const items = toVersionDtos(await listReportVersions(this.ctx.database.db, id));
    return { items, total: items.length };
  }

  async create(user: UserRow, enterpriseId: number, input: ReportInput): Promise<WithEtag> {
    assertEnterpriseAccess(user, enterpriseId);
    assertFiler(user);
    assertPeriodFitsType(input);
    const { period } = input.filing;
    const writer = { kind: this.ctx.database.kind, actor: user, now: this.ctx.clock().toISOString() };
    try {
      return await this.ctx.database.db.transaction().execute(async (trx) => {
        if (await findReportIdForPeriod(trx, enterpriseId, input.periodType, period.start, period.end))
          throw duplicate();
        const computed = await computeVersion(
          trx,
          { enterpriseId, periodType: input.periodType },
          input.filing,
        );
        const report = { enterpriseId, periodType: input.periodType, period };
        return readBack(trx, await insertNewReport(trx, writer, report, computed));
      });
    } catch (err) {
      // Two creates racing past the existence check: the unique constraint decides.
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  }

  /** PUT: a new version of a draft or returned report; `checkEtag` applies If-Match (428/412). */
  async replace(user: UserRow, id: number, input: ReportInput, checkEtag: (etag: string) => void) {
    assertPeriodFitsType(input);
    const now = this.ctx.clock().toISOString();
    return this.ctx.database.db.transaction().execute(async (trx) => {
      const report = await loadVisibleReport(trx, user, id);
      assertFiler(user);
      checkEtag(etagOf('report', report.id, report.current_version));
      if (report.status !== 'draft' && report.status !== 'returned')
        throw illegalTransition(report, 'replace');
      assertSamePeriod(report, input.periodType, input.filing.period);
      const subject = { enterpriseId: report.enterprise_id, periodType: input.periodType };
      const lostRace = staleEtag('report', 'reload the report');
      const writer = { kind: this.ctx.database.kind, actor: user, now, action: 'replace', lostRace };
      await appendVersion(trx, writer, report, {
        status: report.status,
        computed: await computeVersion(trx, subject, input.filing),
        // An explanation speaks to the figures it was written for; new figures need a new one.
        explanation: null,
        // A returned report keeps its return reason in view until it is submitted again.
        returnReason: report.return_reason,
        changeReason: null,
      });
      return readBack(trx, id);
    });
  }
}
