import type { exportsZhCN } from './exports.zh-CN.ts';

/** English texts of exported sheets: the same keys as zh-CN. */
export const exportsEn: typeof exportsZhCN = {
  indicators: {
    sheet: 'Indicators',
    key: 'Indicator key',
    nameZh: 'Indicator (Chinese)',
    nameEn: 'Indicator',
    outcome: 'Outcome',
    category: 'Category',
    unit: 'Unit',
    year: 'Year',
    value: 'Value',
    previousValue: 'Previous year',
    change: 'Change',
    changeRate: 'Change rate',
    share: 'Share',
  },
  completeness: {
    sheet: 'Completeness',
    uscc: 'USCC',
    nameZh: 'Name (Chinese)',
    nameEn: 'Name',
    districtCode: 'District code',
    periodType: 'Period type',
    period: 'Period',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    deadline: 'Deadline',
    reportStatus: 'Report status',
    filedAt: 'Filed at',
    filed: 'Filed',
    late: 'Late',
    neverFiled: 'Never filed',
  },
};
