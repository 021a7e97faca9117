import type { enterprisesZhCN } from './enterprises.zh-CN.ts';

/** English messages of the enterprises area: the same keys as zh-CN. */
export const enterprisesEn: typeof enterprisesZhCN = {
  title: 'Enterprises',
};
