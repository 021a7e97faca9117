import type { Language } from '@greenshore/core';
import type { EChartsCoreOption } from 'echarts/core';
import type { TableView } from '../../charts/chart-card.tsx';
import type { dashboardMessages } from './dashboard-format.ts';
import type { EnterpriseListFilter } from './dashboard-query.ts';

export interface ChartLink {
  label: string;
  href: string;
}

/** One chart of the page, built from the payload by a pure function. */
export interface ChartSpec {
  id: string;
  title: string;
  option: EChartsCoreOption;
  table: TableView;
  /** Where a click on data point i leads (the enterprise list, filtered); `links[0]` when absent. */
  targets: string[];
  /** The same targets as keyboard-usable links under the chart. */
  links: ChartLink[];
  note?: string;
  hasData: boolean;
}

export interface ChartContext {
  lang: Language;
  m: ReturnType<typeof dashboardMessages>;
  href: (extra?: EnterpriseListFilter) => string;
}

/** Shared look: legend on top, labels kept inside the card. */
export const BASE_OPTION = {
  grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
  legend: { top: 0, type: 'scroll' },
} as const;
