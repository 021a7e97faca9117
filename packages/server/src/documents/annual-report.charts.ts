import type { Language } from '@greenshore/core';
import type { AnnualReportData } from './annual-report.data.ts';
import { categoryChart, chartTonnes } from './chart-svg.ts';
import { regionName } from './figure-format.ts';
import { textsOf } from './pdf-blocks.ts';

/** Money on chart axes: 万元 for Chinese readers, thousands of CNY for English ones. */
const moneyScale = (lang: Language) => (lang === 'zh-CN' ? 1e4 : 1e3);

export function taxesChart(d: AnnualReportData, lang: Language): string {
  const t = textsOf(lang).annual;
  const years = d.dashboard.series.years;
  const scale = moneyScale(lang);
  return categoryChart(
    t.charts.taxesByYear,
    years.map((p) => p.label),
    [
      {
        name: t.series.taxes,
        type: 'bar',
        data: years.map((p) => (p.values['fiscal.taxesPaidCny'] ?? 0) / scale),
      },
    ],
  );
}

/** A breakdown of the year (by ownership, class, country) as bars of revenue. */
export function breakdownChart(
  title: string,
  entries: [label: string, amountCny: number][],
  lang: Language,
): string {
  const scale = moneyScale(lang);
  const series = textsOf(lang).annual.series.revenue;
  return categoryChart(
    title,
    entries.map(([label]) => label),
    [{ name: series, type: 'bar', data: entries.map(([, amount]) => Math.round(amount / scale)) }],
    { rotateLabels: entries.length > 5 },
  );
}

/** Offshore client countries (not CN), the ten largest. */
export function topCountries(d: AnnualReportData, lang: Language): [string, number][] {
  const byCountry = d.dashboard.current.breakdowns['structure.byClientCountry'] ?? {};
  return Object.entries(byCountry)
    .filter(([code]) => code !== 'CN')
    .sort(([, a], [, b]) => b.amountCny - a.amountCny)
    .slice(0, 10)
    .map(([code, e]) => [regionName(code, lang), e.amountCny]);
}

export function employmentChart(d: AnnualReportData, lang: Language): string {
  const t = textsOf(lang).annual;
  const years = d.dashboard.series.years;
  const share = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1000) / 10);
  return categoryChart(
    t.charts.employment,
    years.map((p) => p.label),
    [
      {
        name: t.series.headcount,
        type: 'bar',
        data: years.map((p) => p.values['employment.headcount'] ?? null),
      },
      {
        name: t.series.collegeShare,
        type: 'line',
        yAxisIndex: 1,
        data: years.map((p) => share(p.values['employment.collegeShare'])),
      },
    ],
    { twoAxes: true },
  );
}

export function emissionsChart(d: AnnualReportData, lang: Language): string {
  const t = textsOf(lang).annual;
  // Annual filings cannot be split into quarters: without quarterly data, show the years instead.
  const inYear = d.dashboard.series.quarters.filter((q) => q.year === d.year);
  const quarters = inYear.length > 0 ? inYear : d.dashboard.series.years;
  return categoryChart(
    inYear.length > 0 ? t.charts.emissions : t.charts.emissionsByYear,
    quarters.map((q) => (q.quarter === null ? q.label : `Q${q.quarter}`)),
    [
      {
        name: t.series.location,
        type: 'bar',
        data: quarters.map((q) => chartTonnes(q.values['environment.totalLocationKgCo2e'])),
      },
      {
        name: t.series.market,
        type: 'bar',
        data: quarters.map((q) => chartTonnes(q.values['environment.totalMarketKgCo2e'])),
      },
    ],
  );
}

export function intensityChart(d: AnnualReportData, lang: Language): string {
  const t = textsOf(lang).annual;
  const years = d.dashboard.series.years;
  const benchmark = d.dashboard.benchmark.kgCo2ePer10kCnyValueAdded;
  return categoryChart(
    t.charts.intensity,
    years.map((p) => p.label),
    [
      {
        name: t.series.city,
        type: 'bar',
        data: years.map((p) => p.values['lowCarbon.kgCo2ePer10kCnyValueAdded'] ?? null),
      },
      { name: t.series.benchmark, type: 'line', data: years.map(() => benchmark) },
    ],
  );
}
