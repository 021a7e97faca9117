import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/http-errors.ts';
import { findSettingJson, listFilingState } from './completeness.repository.ts';
import { DEADLINES_SETTING_KEY, type Deadline, deadlineOf, parseDeadlines } from './filing-deadlines.ts';
import { type PeriodType, periodOfLabel } from './report-period.ts';

export interface CompletenessItem {
  enterpriseId: number;
  uscc: string;
  nameZh: string;
  nameEn: string;
  districtCode: string;
  reportId: number | null;
  reportStatus: 'draft' | 'submitted' | 'approved' | 'returned' | null;
  /** When the period's report was first submitted (or stored approved), if ever. */
  filedAt: string | null;
  /** Submitted or approved now. */
  filed: boolean;
  /** Filed after the deadline, or not filed and the deadline has passed. */
  late: boolean;
  /** Never submitted for this period (no report, or only a draft). */
  neverFiled: boolean;
}

export interface Completeness {
  periodType: PeriodType;
  period: { label: string; start: string; end: string };
  deadline: Deadline;
  summary: { enterprises: number; filed: number; late: number; neverFiled: number };
  items: CompletenessItem[];
  total: number;
}

/** Who has filed a period, who is late, who never filed (analysts' chase list). */
export class CompletenessService {
  constructor(private readonly ctx: Pick<AppContext, 'database' | 'clock'>) {}

  async forPeriod(
    type: PeriodType,
    label: string,
    page: { limit: number; offset: number },
  ): Promise<Completeness> {
    const period = periodOfLabel(type, label);
    if (!period) {
      const expected = { monthly: 'YYYY-MM', quarterly: 'YYYY-Qn', annual: 'YYYY' }[type];
      throw new HttpError(400, 'the period does not fit the period type', [
        { path: 'period', message: `a ${type} period is written ${expected}` },
      ]);
    }
    const db = this.ctx.database.db;
    const deadline = deadlineOf(
      type,
      period,
      parseDeadlines(await findSettingJson(db, DEADLINES_SETTING_KEY)),
    );
    const now = this.ctx.clock().toISOString();
    const items = (await listFilingState(db, type, period)).map((row): CompletenessItem => {
      const filed = row.status === 'submitted' || row.status === 'approved';
      const filedAt = row.first_filed_at ?? null;
      return {
        enterpriseId: row.enterprise_id,
        uscc: row.uscc,
        nameZh: row.name_zh,
        nameEn: row.name_en,
        districtCode: row.district_code,
        reportId: row.report_id,
        reportStatus: row.status,
        filedAt,
        filed,
        late: filed ? filedAt !== null && filedAt > deadline.endsAt : now > deadline.endsAt,
        neverFiled: filedAt === null,
      };
    });
    const count = (pick: (i: CompletenessItem) => boolean) => items.filter(pick).length;
    return {
      periodType: type,
      period: { label, ...period },
      deadline,
      summary: {
        enterprises: items.length,
        filed: count((i) => i.filed),
        late: count((i) => i.late),
        neverFiled: count((i) => i.neverFiled),
      },
      items: items.slice(page.offset, page.offset + page.limit),
      total: items.length,
    };
  }
}
