import { formatCny, formatNumber, formatPercent } from '@greenshore/core';
import type { DashboardPayload, IndicatorValues, SeriesPoint } from './dashboard.types.ts';
import { BASE_OPTION, type ChartContext, type ChartSpec } from './dashboard-chart.types.ts';

interface Line {
  name: string;
  type: 'bar' | 'line';
  valueOf: (v: IndicatorValues) => number | null;
  format: (value: number) => string;
  /** 1 = the right-hand axis (a second unit). */
  axis?: 0 | 1;
  stack?: string;
}

const at = (key: string) => (v: IndicatorValues) => v[key] ?? null;

/** A chart over periods: every series on a shared category axis, one or two value axes. */
function timeChart(
  id: string,
  title: string,
  points: SeriesPoint[],
  lines: Line[],
  c: ChartContext,
): ChartSpec {
  const axisFormat = (axis: number) => lines.find((l) => (l.axis ?? 0) === axis)?.format;
  const yAxis = [0, 1]
    .filter((axis) => axisFormat(axis) !== undefined)
    .map((axis) => ({
      type: 'value',
      axisLabel: { formatter: axisFormat(axis) },
      splitLine: { show: axis === 0 },
    }));
  const href = c.href();
  return {
    id,
    title,
    option: {
      ...BASE_OPTION,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => p.label) },
      yAxis,
      series: lines.map((l) => ({
        type: l.type,
        name: l.name,
        yAxisIndex: l.axis ?? 0,
        ...(l.stack ? { stack: l.stack } : {}),
        tooltip: { valueFormatter: (v: number) => l.format(v) },
        data: points.map((p) => l.valueOf(p.values)),
      })),
    },
    table: {
      columns: [c.m.series.period, ...lines.map((l) => l.name)],
      rows: points.map((p) => [p.label, ...lines.map((l) => formatOrDash(l.valueOf(p.values), l.format))]),
    },
    targets: points.map(() => href),
    links: [{ label: c.m.links.all, href }],
    hasData: points.some((p) => lines.some((l) => l.valueOf(p.values) !== null)),
  };
}

const formatOrDash = (v: number | null, format: (value: number) => string) => (v === null ? '—' : format(v));

export function offshoreOnshoreChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const cny = (v: number) => formatCny(v, c.lang);
  const offshore = at('structure.offshoreRevenueCny');
  const onshore = (v: IndicatorValues) => {
    const total = v['structure.serviceOutsourcingRevenueCny'] ?? null;
    return total === null ? null : total - (offshore(v) ?? 0);
  };
  return timeChart(
    'offshore-onshore',
    c.m.charts.offshoreOnshore,
    d.series.quarters,
    [
      { name: c.m.series.offshore, type: 'bar', stack: 'revenue', valueOf: offshore, format: cny },
      { name: c.m.series.onshore, type: 'bar', stack: 'revenue', valueOf: onshore, format: cny },
    ],
    c,
  );
}

export function employmentChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const persons = (v: number) => formatNumber(v, c.lang);
  const pct = (v: number) => formatPercent(v, c.lang);
  return timeChart(
    'employment',
    c.m.charts.employment,
    d.series.quarters,
    [
      { name: c.m.series.headcount, type: 'bar', valueOf: at('employment.headcount'), format: persons },
      {
        name: c.m.series.graduateHires,
        type: 'bar',
        valueOf: at('employment.newGraduateHires'),
        format: persons,
      },
      {
        name: c.m.series.collegeShare,
        type: 'line',
        axis: 1,
        valueOf: at('employment.collegeShare'),
        format: pct,
      },
    ],
    c,
  );
}

export function fiscalChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const cny = (v: number) => formatCny(v, c.lang);
  return timeChart(
    'fiscal',
    c.m.charts.fiscal,
    d.series.quarters,
    [{ name: c.m.series.taxes, type: 'bar', valueOf: at('fiscal.taxesPaidCny'), format: cny }],
    c,
  );
}

export function emissionsChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  // Plotted in tonnes, the unit of published inventories; the payload keeps kg.
  const tonnes = (key: string) => (v: IndicatorValues) => {
    const kg = v[key] ?? null;
    return kg === null ? null : kg / 1000;
  };
  const t = (v: number) => `${formatNumber(v, c.lang, 1)} t`;
  const num = (v: number) => formatNumber(v, c.lang, 1);
  return timeChart(
    'emissions',
    c.m.charts.emissions,
    d.series.quarters,
    [
      {
        name: c.m.series.location,
        type: 'bar',
        valueOf: tonnes('environment.totalLocationKgCo2e'),
        format: t,
      },
      { name: c.m.series.market, type: 'bar', valueOf: tonnes('environment.totalMarketKgCo2e'), format: t },
      {
        name: c.m.series.intensity,
        type: 'line',
        axis: 1,
        valueOf: at('lowCarbon.kgCo2ePer10kCnyValueAdded'),
        format: num,
      },
    ],
    c,
  );
}

export function jobsPerGwhChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const num = (v: number) => formatNumber(v, c.lang, 1);
  return timeChart(
    'jobs-per-gwh',
    c.m.charts.jobsPerGwh,
    d.series.years,
    [{ name: c.m.series.jobsPerGwh, type: 'bar', valueOf: at('lowCarbon.jobsPerGwh'), format: num }],
    c,
  );
}
