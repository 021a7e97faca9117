import { CHART_PALETTE } from '@greenshore/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboards draw, so the bundle carries no unused chart types.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** The shared Okabe–Ito palette of core. */
export const PALETTE: string[] = [...CHART_PALETTE];

/** ECharts ships its ZH and EN locales in core; map our UI language onto them. */
export function echartsLocale(lang: string): 'ZH' | 'EN' {
  return lang === 'zh-CN' ? 'ZH' : 'EN';
}

export { echarts };
