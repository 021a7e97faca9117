import { formatCny, formatNumber, formatPercent } from '@greenshore/core';
import type { DashboardPayload } from './dashboard.types.ts';
import { BASE_OPTION, type ChartContext, type ChartSpec } from './dashboard-chart.types.ts';
import { countryName, nameIn } from './dashboard-format.ts';

interface Slice {
  key: string;
  label: string;
  amountCny: number;
  share: number | null;
  href: string;
}

/** A breakdown's non-zero entries, largest first, with their labels and click targets. */
function slicesOf(
  d: DashboardPayload,
  key: string,
  label: (k: string) => string,
  href: (k: string) => string,
): Slice[] {
  return Object.entries(d.current.breakdowns[key] ?? {})
    .filter(([, e]) => e.amountCny > 0)
    .sort(([, a], [, b]) => b.amountCny - a.amountCny)
    .map(([k, e]) => ({ key: k, label: label(k), amountCny: e.amountCny, share: e.share, href: href(k) }));
}

/** A bar (or pie) chart of slices (amount in CNY), with its table and links. */
function sliceChart(id: string, title: string, slices: Slice[], c: ChartContext, pie = false): ChartSpec {
  const fmt = (v: number) => formatCny(v, c.lang);
  const data = slices.map((s) => ({ name: s.label, value: s.amountCny }));
  const option = pie
    ? {
        tooltip: { trigger: 'item', valueFormatter: fmt },
        legend: BASE_OPTION.legend,
        series: [{ type: 'pie', radius: ['35%', '65%'], top: 24, data }],
      }
    : {
        ...BASE_OPTION,
        tooltip: { trigger: 'axis', valueFormatter: fmt },
        // Horizontal bars: category names stay readable at any length, largest on top.
        yAxis: {
          type: 'category',
          inverse: true,
          data: slices.map((s) => s.label),
          axisLabel: { interval: 0 },
        },
        xAxis: { type: 'value', axisLabel: { formatter: fmt, hideOverlap: true } },
        series: [{ type: 'bar', name: c.m.series.revenue, data: slices.map((s) => s.amountCny) }],
      };
  return {
    id,
    title,
    option,
    table: {
      columns: [c.m.series.category, c.m.series.revenue, c.m.series.share],
      rows: slices.map((s) => [s.label, fmt(s.amountCny), formatPercent(s.share, c.lang)]),
    },
    targets: slices.map((s) => s.href),
    links: slices.map((s) => ({ label: s.label, href: s.href })),
    hasData: slices.length > 0,
  };
}

export function focusAreaChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const areas = c.m.focusArea as Record<string, string>;
  const slices = slicesOf(
    d,
    'structure.byFocusArea',
    (k) => areas[k] ?? k,
    (k) => c.href({ focusArea: k }),
  );
  const software = formatPercent(d.current.values['structure.softwareShare'] ?? null, c.lang);
  const published = formatPercent(d.publishedSoftwareShare, c.lang);
  const note = `${c.m.software}: ${software} (${c.m.published}: ${published})`;
  return { ...sliceChart('focus-area', c.m.charts.focusArea, slices, c), note };
}

export function clientCountriesChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const slices = slicesOf(
    d,
    'structure.byClientCountry',
    (k) => countryName(k, c.lang),
    (k) => c.href({ country: k }),
  );
  // The long tail of small markets would make the bars unreadable; the table lists them all.
  const chart = sliceChart('client-countries', c.m.charts.clientCountries, slices.slice(0, 12), c);
  const full = sliceChart('client-countries', c.m.charts.clientCountries, slices, c);
  return { ...chart, table: full.table, links: full.links };
}

export function ownershipChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const kinds = c.m.ownership as Record<string, string>;
  const slices = slicesOf(
    d,
    'structure.byOwnership',
    (k) => kinds[k] ?? k,
    (k) => c.href({ ownership: k }),
  );
  return sliceChart('ownership', c.m.charts.ownership, slices, c, true);
}

export function districtsChart(d: DashboardPayload, c: ChartContext): ChartSpec {
  const rows = d.districts.map((x) => ({
    label: nameIn(c.lang, x),
    revenue: x.values['structure.serviceOutsourcingRevenueCny'] ?? 0,
    intensity: x.values['lowCarbon.kgCo2ePer10kCnyValueAdded'] ?? null,
    href: c.href({ districtCode: x.code }),
  }));
  const fmt = (v: number) => formatCny(v, c.lang);
  const num = (v: number | null) => formatNumber(v, c.lang, 1);
  return {
    id: 'districts',
    title: c.m.charts.districts,
    option: {
      ...BASE_OPTION,
      tooltip: { trigger: 'axis' },
      // Development-zone names are long: truncated on the axis, in full in the tooltip and the table.
      xAxis: {
        type: 'category',
        data: rows.map((r) => r.label),
        axisLabel: { interval: 0, rotate: 40, width: 90, overflow: 'truncate' },
      },
      yAxis: [
        { type: 'value', axisLabel: { formatter: fmt } },
        { type: 'value', axisLabel: { formatter: num }, splitLine: { show: false } },
      ],
      series: [
        {
          type: 'bar',
          name: c.m.series.revenue,
          data: rows.map((r) => r.revenue),
          tooltip: { valueFormatter: fmt },
        },
        { type: 'line', name: c.m.series.intensity, yAxisIndex: 1, data: rows.map((r) => r.intensity) },
      ],
    },
    table: {
      columns: [c.m.series.district, c.m.series.revenue, c.m.series.intensity],
      rows: rows.map((r) => [r.label, fmt(r.revenue), num(r.intensity)]),
    },
    targets: rows.map((r) => r.href),
    links: rows.map((r) => ({ label: r.label, href: r.href })),
    hasData: rows.length > 0,
  };
}
