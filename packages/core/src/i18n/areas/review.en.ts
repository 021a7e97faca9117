import type { reviewZhCN } from './review.zh-CN.ts';

/** English messages of the review area: the same keys as zh-CN. */
export const reviewEn: typeof reviewZhCN = {
  title: 'Reports to review',
};
