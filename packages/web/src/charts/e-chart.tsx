import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts, echartsLocale, PALETTE } from './echarts.setup.ts';

export interface ChartClick {
  name: string;
  seriesName?: string;
  dataIndex: number;
}

interface EChartProps {
  option: EChartsCoreOption;
  /** Accessible description of what the chart shows. */
  label: string;
  height?: number;
  onClick?: (click: ChartClick) => void;
}

/** One ECharts instance, re-created when the language changes (its locale is fixed at init). */
export function EChart({ option, label, height = 280, onClick }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const { i18n } = useTranslation();

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, null, {
      renderer: 'svg',
      locale: echartsLocale(i18n.language),
    });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, [i18n.language]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language means a new instance to fill.
  useEffect(() => {
    chart.current?.setOption({ color: PALETTE, aria: { enabled: true }, ...option }, true);
  }, [option, i18n.language]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language means a new instance to listen on.
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (p: unknown) => onClick(p as ChartClick);
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick, i18n.language]);

  return <div ref={ref} className="echart" role="img" aria-label={label} style={{ height }} />;
}
