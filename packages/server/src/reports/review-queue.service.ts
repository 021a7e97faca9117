import type { AppContext } from '../http/app-context.ts';
import { countReviewQueue, listReviewQueue, type ReviewQueueRow } from './review-queue.repository.ts';
import type { ReviewQueueItem, ReviewQueueQuery } from './review-queue.schemas.ts';

export function toReviewQueueItem(row: ReviewQueueRow): ReviewQueueItem {
  const flags = JSON.parse(row.flags_json) as ReviewQueueItem['flags'];
  const hasExplanation = Boolean(row.explanation?.trim());
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    enterpriseNameZh: row.name_zh,
    enterpriseNameEn: row.name_en,
    periodType: row.period_type,
    period: { start: row.period_start, end: row.period_end },
    status: row.status,
    version: row.current_version,
    flagCount: flags.length,
    flags,
    hasExplanation,
    explanation: row.explanation,
    // Mirrors ReportWorkflowService.approve, so the UI offers only what the API will accept.
    approvable: row.status === 'submitted' && (flags.length === 0 || hasExplanation),
    updatedAt: row.updated_at,
  };
}

/** The bureau's review queue across every enterprise (analyst+; the route checks the role). */
export class ReviewQueueService {
  constructor(private readonly ctx: AppContext) {}

  async list(query: ReviewQueueQuery): Promise<{ items: ReviewQueueItem[]; total: number }> {
    const { limit, offset, ...filter } = query;
    const db = this.ctx.database.db;
    const [rows, total] = await Promise.all([
      listReviewQueue(db, filter, { limit, offset }),
      countReviewQueue(db, filter),
    ]);
    return { items: rows.map(toReviewQueueItem), total };
  }
}
