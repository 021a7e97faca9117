import type { ReportDto, VersionDto } from './report.schemas.ts';
import type { ReportRow, VersionRow } from './reports.repository.ts';

/** The report shape of spec/api.md from a report joined with its current version. */
export function toReportDto(row: ReportRow): ReportDto {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    periodType: row.period_type,
    period: { start: row.period_start, end: row.period_end },
    status: row.status,
    version: row.current_version,
    filing: JSON.parse(row.filing_json),
    result: JSON.parse(row.result_json),
    flags: JSON.parse(row.flags_json),
    explanation: row.explanation,
    returnReason: row.return_reason,
    updatedAt: row.updated_at,
  };
}

/**
 * What a version did, from the status it left and the status it reached: every transition of the
 * workflow is distinct, so the action needs no column of its own (docs/adr/0006-report-versions.md).
 */
function actionOf(previous: VersionRow | undefined, v: VersionRow): VersionDto['action'] {
  if (!previous) return 'created';
  if (v.status === previous.status) return 'replaced';
  if (v.status === 'submitted') return previous.status === 'approved' ? 'amended' : 'submitted';
  return v.status === 'approved' ? 'approved' : 'returned';
}

function reasonOf(action: VersionDto['action'], v: VersionRow): string | null {
  if (action === 'amended') return v.change_reason;
  if (action === 'returned') return v.return_reason;
  if (action === 'submitted' || action === 'approved') return v.explanation;
  return v.change_reason;
}

/** Every version, oldest first, with who, when, why, its status and its result. */
export function toVersionDtos(rows: readonly VersionRow[]): VersionDto[] {
  return rows.map((v, i) => {
    const action = actionOf(rows[i - 1], v);
    return {
      version: v.version,
      status: v.status,
      action,
      reason: reasonOf(action, v),
      actor: v.actor_user_id === null ? null : { id: v.actor_user_id, email: v.actor_email ?? '' },
      at: v.created_at,
      explanation: v.explanation,
      returnReason: v.return_reason,
      changeReason: v.change_reason,
      calculationVersion: v.calculation_version,
      factorIds: JSON.parse(v.factor_ids),
      flags: JSON.parse(v.flags_json),
      filing: JSON.parse(v.filing_json),
      result: JSON.parse(v.result_json),
    };
  });
}
