import type { portalZhCN } from './portal.zh-CN.ts';

/** English messages of the portal area: the same keys as zh-CN. */
export const portalEn: typeof portalZhCN = {
  title: 'My enterprise',
};
