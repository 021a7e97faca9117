import type { FilingAnomaly } from './report-draft.ts';

/** A reviewer's return reason, in Chinese and English, and the slip in the filing that caused it. */
export interface ReturnReasonText {
  anomaly: FilingAnomaly;
  text: (quarterLabel: string) => string;
}

export const RETURN_REASONS: readonly ReturnReasonText[] = [
  {
    anomaly: 'electricity-in-mwh',
    text: (q) =>
      `${q} 用电量疑似按兆瓦时（MWh）而非千瓦时（kWh）填报，请核对。 / ` +
      `${q} electricity looks like MWh instead of kWh, please check.`,
  },
  {
    anomaly: 'one-month-labour',
    text: (q) =>
      `${q} 人工成本约为上季度的三分之一，疑似只填报了一个月的工资，请核对。 / ` +
      `${q} labour cost is about a third of last quarter's; it looks like one month's payroll, please check.`,
  },
  {
    anomaly: 'annual-rent',
    text: (q) =>
      `${q} 房租约为上季度的四倍，疑似填报了全年租金，请按季度填报。 / ` +
      `${q} rent is about four times last quarter's; it looks like the annual rent, please file the quarter's.`,
  },
  {
    anomaly: 'college-equals-headcount',
    text: (q) =>
      `${q} 大专及以上学历人数与平均从业人数完全相同，请按学历口径核实。 / ` +
      `${q} college-educated staff equal the whole headcount; please check the education count.`,
  },
];

/** What filers write when they submit a quarter that looks unusual. */
export const EXPLANATIONS: readonly string[] = [
  '四季度收入增长主要来自日本客户年度项目验收结算。 / Q4 revenue growth comes mainly from year-end acceptance of Japanese client projects.',
  '本季度人员增加系承接新项目，集中招聘应届毕业生。 / Headcount rose this quarter: a new project, staffed with fresh graduates.',
  '用电量上升系新增测试机房投入使用。 / Electricity rose because a new test lab went into service.',
  '离岸收入下降系美国客户项目延期至下季度。 / Offshore revenue fell because a US client postponed a project to next quarter.',
  '其他收入为本季度一次性硬件转售。 / Other revenue is a one-off hardware resale this quarter.',
];
