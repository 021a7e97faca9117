import { CHART_PALETTE } from '@greenshore/core';
import * as echarts from 'echarts';
import { PDF_SVG_FONT } from './pdf-renderer.ts';

/** The shared Okabe–Ito palette of core. */
export const PALETTE: string[] = [...CHART_PALETTE];

export const CHART_WIDTH = 500;
export const CHART_HEIGHT = 240;

/** kg CO2e as tonnes to one decimal, the unit every emissions chart reads. */
export const chartTonnes = (kg: number | null | undefined): number | null =>
  kg == null ? null : Math.round(kg / 100) / 10;

/**
 * One chart as an SVG string, rendered server-side. Animation off and dispose always: a live
 * animation or an undisposed chart keeps timers that stop the process from exiting.
 */
export function chartSvg(option: echarts.EChartsOption, width = CHART_WIDTH, height = CHART_HEIGHT): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: PDF_SVG_FONT },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A bar/line chart over categories: the shape every document's chart takes. */
export function categoryChart(
  title: string,
  categories: string[],
  series: { name: string; type: 'bar' | 'line'; data: (number | null)[]; yAxisIndex?: number }[],
  layout: { twoAxes?: boolean; rotateLabels?: boolean } = {},
): string {
  const { twoAxes = false, rotateLabels = false } = layout;
  return chartSvg({
    title: { text: title, left: 'center', textStyle: { fontSize: 13, fontFamily: PDF_SVG_FONT } },
    legend: { bottom: 0, textStyle: { fontFamily: PDF_SVG_FONT } },
    grid: { left: 60, right: twoAxes ? 60 : 20, top: 40, bottom: rotateLabels ? 90 : 50 },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { fontFamily: PDF_SVG_FONT, interval: 0, rotate: rotateLabels ? 35 : 0 },
    },
    yAxis: twoAxes ? [{ type: 'value' }, { type: 'value' }] : { type: 'value' },
    series,
  });
}
