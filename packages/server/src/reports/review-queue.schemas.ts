import { z } from 'zod';
import { listOf, listQuery } from '../http/common.schemas.ts';
import { flagDto, periodTypeSchema, REPORT_STATUSES } from './report.schemas.ts';

export const reviewQueueQuery = listQuery.extend({
  status: z.enum(REPORT_STATUSES).optional().describe('omit for every status; the queue uses submitted'),
  periodType: periodTypeSchema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  enterpriseId: z.coerce.number().int().positive().optional(),
});
export type ReviewQueueQuery = z.output<typeof reviewQueueQuery>;

export const reviewQueueItem = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseNameZh: z.string(),
  enterpriseNameEn: z.string(),
  periodType: periodTypeSchema,
  period: z.object({ start: z.string(), end: z.string() }),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  flagCount: z.number().int(),
  flags: z.array(flagDto),
  hasExplanation: z.boolean(),
  explanation: z.string().nullable(),
  /** What the approve route checks: flagged figures need an explanation first. */
  approvable: z.boolean().describe('submitted, and every flag has the filer’s explanation'),
  updatedAt: z.string(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItem>;

export const reviewQueueList = listOf(reviewQueueItem);
