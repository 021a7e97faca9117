import { formatNumber, INDICATORS, type Language, type Outcome, SERVICE_CLASSES } from '@greenshore/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  breakdownChart,
  emissionsChart,
  employmentChart,
  intensityChart,
  taxesChart,
  topCountries,
} from './annual-report.charts.ts';
import type { AnnualReportData } from './annual-report.data.ts';
import { factorsTable } from './factors-table.ts';
import { formatChange, formatFigure } from './figure-format.ts';
import { chart, documentFrame, fill, heading, paragraph, table, textsOf } from './pdf-blocks.ts';

/** The registry's scalar indicators of some outcomes: label, this year, last year, change. */
function indicatorTable(d: AnnualReportData, lang: Language, outcomes: Outcome[]): Content {
  const c = textsOf(lang).common;
  const { current, previous } = d.dashboard;
  const rows = INDICATORS.filter((i) => i.shape === 'scalar' && outcomes.includes(i.outcome)).map((i) => [
    lang === 'zh-CN' ? i.labelZh : i.labelEn,
    formatFigure(i.unit, current.values[i.key] ?? null, lang),
    formatFigure(i.unit, previous.values[i.key] ?? null, lang),
    formatChange(current.values[i.key] ?? null, previous.values[i.key] ?? null, lang),
  ]);
  const years = [d.year, d.year - 1].map((year) => fill(c.current, { year }));
  return table([c.indicator, ...years, c.change], rows);
}

/** A breakdown's categories: label, amount, share. */
function breakdownTable(entries: [string, number, number | null][], lang: Language): Content {
  const c = textsOf(lang).common;
  const rows = entries.map(([label, amount, share]) => [
    label,
    formatFigure('CNY', amount, lang),
    formatFigure('ratio', share, lang),
  ]);
  return table([c.item, c.amount, c.share], rows);
}

function economySections(d: AnnualReportData, lang: Language): Content[] {
  const t = textsOf(lang).annual;
  const b = d.dashboard.current.breakdowns;
  const ownership = Object.entries(b['structure.byOwnership'] ?? {}).map(
    ([k, e]) => [t.ownership[k as keyof typeof t.ownership] ?? k, e.amountCny, e.share] as const,
  );
  const classes = SERVICE_CLASSES.map((k) => [k, b['structure.byClass']?.[k]?.amountCny ?? 0] as const);
  const software = d.dashboard.current.values['structure.softwareShare'] ?? null;
  return [
    heading(t.outcomes.fiscal),
    indicatorTable(d, lang, ['fiscal']),
    chart(taxesChart(d, lang)),
    heading(t.outcomes.foreignCapital),
    indicatorTable(d, lang, ['foreignCapital']),
    chart(
      breakdownChart(
        t.charts.ownership,
        ownership.map(([l, a]) => [l, a]),
        lang,
      ),
    ),
    heading(t.outcomes.structure),
    paragraph(
      fill(t.softwareShare, {
        share: formatFigure('ratio', software, lang),
        published: formatFigure('ratio', d.dashboard.publishedSoftwareShare, lang),
      }),
    ),
    indicatorTable(d, lang, ['structure']),
    chart(
      breakdownChart(
        t.charts.byClass,
        classes.map(([l, a]) => [l, a]),
        lang,
      ),
    ),
  ];
}

function offshoreSection(d: AnnualReportData, lang: Language): Content[] {
  const t = textsOf(lang).annual;
  const countries = topCountries(d, lang);
  const total = d.dashboard.current.values['structure.serviceOutsourcingRevenueCny'] ?? 0;
  return [
    heading(t.outcomes.offshore),
    chart(breakdownChart(t.charts.countries, countries, lang)),
    breakdownTable(
      countries.map(([name, amount]) => [name, amount, total === 0 ? null : amount / total]),
      lang,
    ),
  ];
}

function peoplePlanetSections(d: AnnualReportData, lang: Language): Content[] {
  const t = textsOf(lang).annual;
  const bm = d.dashboard.benchmark;
  return [
    heading(t.outcomes.employment),
    indicatorTable(d, lang, ['employment']),
    chart(employmentChart(d, lang)),
    heading(t.outcomes.environment),
    paragraph(
      fill(t.benchmarkNote, {
        value: formatNumber(bm.kgCo2ePer10kCnyValueAdded, lang, 2),
        year: bm.year,
        source: bm.source,
      }),
    ),
    indicatorTable(d, lang, ['environment', 'lowCarbon']),
    chart(emissionsChart(d, lang)),
    chart(intensityChart(d, lang)),
  ];
}

/** "Service Outsourcing and the Low-carbon Economy, <year>": the six outcomes, charts, tables, method. */
export function annualReportDocument(
  d: AnnualReportData,
  lang: Language,
  generatedOn: string,
): TDocumentDefinitions {
  const t = textsOf(lang);
  const count = d.dashboard.current.enterpriseCount;
  const body: Content[] =
    count === 0
      ? [paragraph(t.common.noData)]
      : [...economySections(d, lang), ...offshoreSection(d, lang), ...peoplePlanetSections(d, lang)];
  return documentFrame(
    {
      title: fill(t.annual.title, { year: d.year }),
      subtitle: fill(t.annual.subtitle, { count }),
      lang,
      generatedOn,
    },
    [
      ...body,
      heading(t.annual.methodology),
      paragraph(t.annual.methodologyText),
      paragraph(t.annual.factorsUsed),
      factorsTable(d.factors, lang),
    ],
  );
}
