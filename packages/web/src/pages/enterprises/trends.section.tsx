import { formatNumber } from '@greenshore/core';
import type { EChartsCoreOption } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../charts/chart-card.tsx';
import type { ReportDto } from '../review/review.types.ts';
import { languageOf } from '../review/review-format.ts';
import { type TrendPoint, trendPoints } from './enterprise-trends.ts';

type Series = { name: string; pick: (p: TrendPoint) => number | null }[];

function lineOption(points: TrendPoint[], series: Series): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: { type: 'value' },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: points.map(s.pick),
      connectNulls: false,
    })),
  };
}

/** Footprint and value added over the enterprise's periods, as line charts with a table view. */
export function TrendsSection({ reports }: { reports: ReportDto[] }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const points = trendPoints(reports);
  if (points.length === 0) return null;
  const table = (series: Series) => ({
    columns: [t('enterprises.trends.period'), ...series.map((s) => s.name)],
    rows: points.map((p) => [p.period, ...series.map((s) => formatNumber(s.pick(p), lang, 1))]),
  });
  const footprint: Series = [
    { name: t('enterprises.trends.location'), pick: (p) => p.locationTCo2e },
    { name: t('enterprises.trends.market'), pick: (p) => p.marketTCo2e },
  ];
  const value: Series = [
    { name: t('enterprises.trends.valueAddedCny'), pick: (p) => p.valueAdded10kCny },
    { name: t('enterprises.trends.grossOutput'), pick: (p) => p.grossOutput10kCny },
  ];
  return (
    <div className="trend-grid">
      <ChartCard
        id="footprint-trend"
        title={t('enterprises.trends.footprint')}
        option={lineOption(points, footprint)}
        table={table(footprint)}
      />
      <ChartCard
        id="value-added-trend"
        title={t('enterprises.trends.valueAdded')}
        option={lineOption(points, value)}
        table={table(value)}
      />
    </div>
  );
}
