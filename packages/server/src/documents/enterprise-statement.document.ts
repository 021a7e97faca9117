import { formatDate, formatNumber, type Language, MESSAGES, type PeriodResult } from '@greenshore/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { categoryChart, chartTonnes } from './chart-svg.ts';
import type { EnterpriseStatementData } from './enterprise-statement.data.ts';
import { factorsTable } from './factors-table.ts';
import { formatFigure } from './figure-format.ts';
import { chart, documentFrame, fill, heading, paragraph, table, textsOf } from './pdf-blocks.ts';

type Row = [label: string, unit: string, value: number | null | undefined];

/** A heading and its item/value table. */
function section(title: string, rows: Row[], lang: Language): Content[] {
  const c = textsOf(lang).common;
  const body = rows.map(([label, unit, value]) => [label, formatFigure(unit, value ?? null, lang)]);
  return [heading(title), table([c.item, c.value], body)];
}

function emissionRows(r: PeriodResult, lang: Language): Row[] {
  const s = textsOf(lang).statement;
  const e = r.emissions;
  return [
    [s.scope1, 'kgCO2e', e.scope1KgCo2e],
    [s.scope2Location, 'kgCO2e', e.scope2LocationKgCo2e],
    [s.scope2Market, 'kgCO2e', e.scope2MarketKgCo2e],
    [s.scope3, 'kgCO2e', e.scope3KgCo2e],
    [s.totalLocation, 'kgCO2e', e.totalLocationKgCo2e],
    [s.totalMarket, 'kgCO2e', e.totalMarketKgCo2e],
  ];
}

function scopeChart(r: PeriodResult, lang: Language): string {
  const s = textsOf(lang).statement;
  const a = textsOf(lang).annual.series;
  const e = r.emissions;
  const bars = (name: string, scope2: number) => ({
    name,
    type: 'bar' as const,
    data: [e.scope1KgCo2e, scope2, e.scope3KgCo2e].map(chartTonnes),
  });
  return categoryChart(
    s.chart,
    [s.scope1, s.scope2, s.scope3],
    [bars(a.location, e.scope2LocationKgCo2e), bars(a.market, e.scope2MarketKgCo2e)],
  );
}

function valueSections(r: PeriodResult, lang: Language): Content[] {
  const s = textsOf(lang).statement;
  const sections: [title: string, rows: Row[]][] = [
    [
      s.energy,
      [
        [s.electricity, 'kWh', r.energy.electricityKwh],
        [s.greenElectricity, 'kWh', r.energy.greenElectricityKwh],
        [s.tceCalorific, 'tce', r.energy.tceCalorific],
      ],
    ],
    [
      s.value,
      [
        [s.grossOutput, 'CNY', r.valueAdded.grossOutputCny],
        [s.valueAdded, 'CNY', r.valueAdded.valueAddedCny],
        [s.taxesPaid, 'CNY', r.fiscal.taxesPaidCny],
      ],
    ],
    [
      s.intensities,
      [
        [s.perValueAdded, 'kgCO2e/10k CNY', r.intensities.kgCo2ePer10kCnyValueAdded],
        [s.tcePerValueAdded, 'tce/10k CNY', r.intensities.tcePer10kCnyValueAdded],
        [s.valueAddedPerEmployee, 'CNY', r.intensities.valueAddedPerEmployeeCny],
      ],
    ],
  ];
  return sections.flatMap(([title, rows]) => section(title, rows, lang));
}

function sciSection(r: PeriodResult, lang: Language): Content[] {
  const s = textsOf(lang).statement;
  const text = r.sci
    ? fill(s.sciValue, { value: formatNumber(r.sci.kgCo2ePerUnit, lang, 4), unit: r.sci.functionalUnit })
    : textsOf(lang).common.notFiled;
  return [heading(s.sci), paragraph(text)];
}

/** The enterprise carbon and value statement of one report, from its current version's stored result. */
export function enterpriseStatementDocument(
  d: EnterpriseStatementData,
  lang: Language,
  generatedOn: string,
): TDocumentDefinitions {
  const s = textsOf(lang).statement;
  const r = d.report.result as unknown as PeriodResult;
  const name = lang === 'zh-CN' ? d.enterprise.nameZh : d.enterprise.nameEn;
  const subtitle = fill(s.subtitle, {
    enterprise: name,
    start: formatDate(d.report.period.start, lang),
    end: formatDate(d.report.period.end, lang),
  });
  const status = MESSAGES[lang].review.status[d.report.status];
  return documentFrame({ title: s.title, subtitle, lang, generatedOn }, [
    paragraph(fill(s.uscc, { uscc: d.enterprise.uscc })),
    paragraph(fill(s.status, { status, version: d.report.version })),
    ...section(s.emissions, emissionRows(r, lang), lang),
    chart(scopeChart(r, lang)),
    ...valueSections(r, lang),
    ...sciSection(r, lang),
    heading(s.factors),
    factorsTable(r.factors, lang),
  ]);
}
