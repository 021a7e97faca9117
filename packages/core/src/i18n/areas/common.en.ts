import type { commonZhCN } from './common.zh-CN.ts';

/** English messages of the common area: the same keys as zh-CN. */
export const commonEn: typeof commonZhCN = {
  notFound: 'Not found.',
  notFoundHint: 'Check the address, or go back to the start page.',
  backHome: 'Back to start',
  empty: 'No data yet',
  retry: 'Retry',
  loadFailed: 'Could not load',
  save: 'Save',
  tableView: 'Table view',
  chartView: 'Chart view',
};
