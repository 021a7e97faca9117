import type { dashboardZhCN } from './dashboard.zh-CN.ts';

/** English messages of the dashboard area: the same keys as zh-CN. */
export const dashboardEn: typeof dashboardZhCN = {
  title: 'City dashboard',
};
