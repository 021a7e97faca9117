import { describe, expect, test } from 'vitest';
import type { ReviewQueueRow } from './review-queue.repository.ts';
import { toReviewQueueItem } from './review-queue.service.ts';

const row = (over: Partial<ReviewQueueRow>): ReviewQueueRow => ({
  id: 7,
  enterprise_id: 3,
  name_zh: '企业',
  name_en: 'Enterprise',
  period_type: 'quarterly',
  period_start: '2024-10-01',
  period_end: '2024-12-31',
  status: 'submitted',
  current_version: 2,
  updated_at: '2025-01-10T00:00:00.000Z',
  flags_json: '[]',
  explanation: null,
  ...over,
});

const flag = JSON.stringify([{ code: 'peer.electricityPerEmployee', message: 'far off', field: 'energy' }]);

describe('toReviewQueueItem', () => {
  test('a flag without the filer’s explanation is not approvable (as the approve route refuses)', () => {
    expect(toReviewQueueItem(row({ flags_json: flag }))).toMatchObject({
      flagCount: 1,
      hasExplanation: false,
      approvable: false,
    });
    expect(toReviewQueueItem(row({ flags_json: flag, explanation: '  ' })).approvable).toBe(false);
  });

  test('explained flags, or none, are approvable while submitted only', () => {
    expect(toReviewQueueItem(row({ flags_json: flag, explanation: 'New office.' })).approvable).toBe(true);
    expect(toReviewQueueItem(row({})).approvable).toBe(true);
    expect(toReviewQueueItem(row({ status: 'approved' })).approvable).toBe(false);
  });
});
