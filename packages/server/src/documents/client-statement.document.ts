import { type ClientAllocation, formatNumber, formatPercent, type Language } from '@greenshore/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { categoryChart, chartTonnes } from './chart-svg.ts';
import type { ClientStatementData } from './client-statement.data.ts';
import { formatFigure, regionName } from './figure-format.ts';
import { chart, documentFrame, fill, heading, paragraph, table, textsOf } from './pdf-blocks.ts';

type Allocated = Exclude<ClientAllocation, { method: 'none' }>;

function contractTable(d: ClientStatementData, lang: Language): Content {
  const t = textsOf(lang);
  const c = t.client;
  const a = d.allocation;
  const pm = a.method === 'none' ? null : a.personMonths;
  const rows = [
    [c.reference, d.contract.reference ?? `#${d.contract.id}`],
    [c.clientName, d.contract.client_name],
    [c.country, regionName(d.contract.client_country, lang)],
    [c.service, d.contract.service_code],
    [fill(c.executed, { year: d.year }), formatFigure('CNY', a.executedCny.toNumber(), lang)],
    [
      fill(c.personMonths, { year: d.year }),
      pm === null ? t.common.notFiled : formatNumber(pm.toNumber(), lang, 2),
    ],
  ];
  return table([c.contract, ''], rows);
}

/** The method and its arithmetic, spelled out so the client can check it. */
function basisText(a: Allocated, lang: Language): string {
  const c = textsOf(lang).client;
  const share = formatPercent(a.share.toNumber(), lang, 2);
  if (a.method === 'revenue') {
    return fill(c.basisRevenue, {
      contract: formatFigure('CNY', a.basis.contract.toNumber(), lang),
      enterprise: formatFigure('CNY', a.basis.enterprise.toNumber(), lang),
      share,
    });
  }
  return fill(c.basisPersonMonths, {
    contract: formatNumber(a.basis.contract.toNumber(), lang, 2),
    enterprise: formatNumber(a.basis.enterprise.toNumber(), lang, 2),
    share,
  });
}

function sciText(a: Allocated, lang: Language): string {
  const t = textsOf(lang);
  if (a.sci.source === 'not-filed') return t.common.notFiled;
  const value = formatNumber(a.sci.kgCo2ePerUnit.toNumber(), lang, 4);
  if (a.sci.source === 'contract') return fill(t.client.sciContract, { value });
  return fill(t.client.sciEnterprise, { value, unit: a.sci.functionalUnit });
}

function allocationSection(d: ClientStatementData, a: Allocated, lang: Language): Content[] {
  const t = textsOf(lang);
  const c = t.client;
  const kg = (v: { toNumber(): number }) => formatFigure('kgCO2e', v.toNumber(), lang);
  const tonnes = (v: { toNumber(): number }) => chartTonnes(v.toNumber());
  return [
    table(
      [c.allocation, t.common.value],
      [
        [c.method, c.methods[a.method]],
        [c.allocatedLocation, kg(a.locationKgCo2e)],
        [c.allocatedMarket, kg(a.marketKgCo2e)],
        [c.enterpriseTotals, `${kg(d.basis.locationKgCo2e)} / ${kg(d.basis.marketKgCo2e)}`],
        [c.sci, sciText(a, lang)],
      ],
    ),
    paragraph(basisText(a, lang)),
    chart(
      categoryChart(
        c.chart,
        [t.annual.series.location, t.annual.series.market],
        [
          { name: c.thisContract, type: 'bar', data: [tonnes(a.locationKgCo2e), tonnes(a.marketKgCo2e)] },
          {
            name: c.rest,
            type: 'bar',
            data: [
              tonnes(d.basis.locationKgCo2e.minus(a.locationKgCo2e)),
              tonnes(d.basis.marketKgCo2e.minus(a.marketKgCo2e)),
            ],
          },
        ],
      ),
    ),
  ];
}

/** The client carbon statement: a contract's share of its supplier's emissions in a year (Scope 3 cat. 1). */
export function clientStatementDocument(
  d: ClientStatementData,
  lang: Language,
  generatedOn: string,
): TDocumentDefinitions {
  const c = textsOf(lang).client;
  const name = lang === 'zh-CN' ? d.enterprise.nameZh : d.enterprise.nameEn;
  const subtitle = fill(c.subtitle, { enterprise: name, client: d.contract.client_name, year: d.year });
  const a = d.allocation;
  const body =
    a.method === 'none'
      ? [paragraph(fill(a.reason === 'no-revenue' ? c.noRevenue : c.noExecutions, { year: d.year }))]
      : allocationSection(d, a, lang);
  return documentFrame({ title: c.title, subtitle, lang, generatedOn }, [
    contractTable(d, lang),
    paragraph(c.scope3Note),
    heading(c.allocation),
    ...body,
  ]);
}
