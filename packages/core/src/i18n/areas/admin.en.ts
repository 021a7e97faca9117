import type { adminZhCN } from './admin.zh-CN.ts';

/** English messages of the admin area: the same keys as zh-CN. */
export const adminEn: typeof adminZhCN = {
  title: 'Settings',
};
