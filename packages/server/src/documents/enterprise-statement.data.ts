import type { UserRow } from '../auth/users.repository.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import type { AppContext } from '../http/app-context.ts';
import { notFound } from '../http/http-errors.ts';
import type { ReportDto } from '../reports/report.schemas.ts';
import { ReportsService } from '../reports/reports.service.ts';

export interface EnterpriseStatementData {
  enterprise: { nameZh: string; nameEn: string; uscc: string };
  /** The report with the stored result of its current version. */
  report: ReportDto;
}

/** A report the user may see (another tenant's: 404) and its enterprise. */
export async function readEnterpriseStatement(
  ctx: AppContext,
  user: UserRow,
  reportId: number,
): Promise<EnterpriseStatementData> {
  const { report } = await new ReportsService(ctx).get(user, reportId);
  const enterprise = await findEnterprise(ctx.database.db, report.enterpriseId);
  if (!enterprise) throw notFound();
  return {
    enterprise: { nameZh: enterprise.name_zh, nameEn: enterprise.name_en, uscc: enterprise.uscc },
    report,
  };
}
