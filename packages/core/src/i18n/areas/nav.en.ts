import type { navZhCN } from './nav.zh-CN.ts';

/** English messages of the nav area: the same keys as zh-CN. */
export const navEn: typeof navZhCN = {
  dashboard: 'City dashboard',
  review: 'Review',
  completeness: 'Completeness',
  enterprises: 'Enterprises',
  portal: 'My enterprise',
  reports: 'My reports',
  contracts: 'Contracts',
  imports: 'Import data',
  admin: 'Settings',
  mainNav: 'Main navigation',
};
