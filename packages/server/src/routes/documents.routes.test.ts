import { formatCny, formatPercent, formatTonnesCo2e, type Language } from '@greenshore/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { call, quarterFiling, type ReportWorld, reportWorld } from '../../test/report.fixture.ts';
import { insertContract, insertExecution } from '../contracts/contracts.repository.ts';
import { pdfText, squeezed } from '../documents/pdf-text.fixture.ts';
import { buildApp } from '../http/app.ts';

const YEAR = 2024;

describeEachDatabase('documents routes', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  let reportA: number;
  let contractA: number;
  let contractPm: number;
  let contractB: number;

  const file = async (enterpriseId: number, filing: unknown) => {
    const created = await call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, {
      periodType: 'quarterly',
      filing,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    await call(app, w.admin, 'POST', `/reports/${id}/submit`, {});
    expect((await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {})).statusCode).toBe(200);
    return id;
  };

  const contract = (enterpriseId: number, reference: string) =>
    insertContract(use().db, {
      enterprise_id: enterpriseId,
      client_name: 'Kyoto Systems KK',
      client_country: 'JP',
      service_code: 'ITO-01',
      signed_on: '2023-12-01',
      currency: 'CNY',
      value_minor: 500_000_000,
      value_fen: 500_000_000,
      rate_to_cny: '1',
      offshore: 1,
      reference,
      created_at: '2024-01-01T00:00:00.000Z',
    });

  const execution = (contractId: number, end: string, amountFen: number, personMonths: string | null) =>
    insertExecution(use().db, {
      contract_id: contractId,
      period_start: `${end.slice(0, 7)}-01`,
      period_end: end,
      amount_minor: amountFen,
      amount_fen: amountFen,
      rate_to_cny: null,
      person_months: personMonths,
      created_at: '2025-01-05T00:00:00.000Z',
    });

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
    reportA = await file(w.enterpriseA, quarterFiling(YEAR, 1));
    await file(w.enterpriseA, quarterFiling(YEAR, 2, { revenueCny: 4_000_000 }));
    await file(w.enterpriseA, quarterFiling(YEAR - 1, 4));
    await file(w.enterpriseB, quarterFiling(YEAR, 1, { employees: 40 }));
    contractA = await contract(w.enterpriseA, 'A-001');
    await execution(contractA, '2024-03-31', 60_000_000, '12');
    await execution(contractA, '2024-06-30', 40_000_000, null);
    await execution(contractA, '2023-12-31', 99_000_000, null); // another year: must not count
    contractPm = await contract(w.enterpriseA, 'A-002');
    await execution(contractPm, '2024-06-30', 10_000_000, '15');
    contractB = await contract(w.enterpriseB, 'B-001');
    await execution(contractB, '2024-03-31', 10_000_000, null);
  }, 60_000);

  afterAll(async () => {
    await app.close();
  });

  const pdf = async (url: string, who = w.analyst) => {
    const res = await call(app, who, 'GET', url);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="greenshore-.+\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    return { bytes: res.rawPayload, text: squeezed(pdfText(res.rawPayload)) };
  };

  describe('annual report', () => {
    test.each(['zh-CN', 'en'] as Language[])(
      '%s: title, the six outcomes, figures as GET /indicators, charts',
      async (lang) => {
        const { text } = await pdf(`/documents/annual-report?year=${YEAR}&lang=${lang}`);
        const indicators = (await call(app, w.analyst, 'GET', `/indicators?year=${YEAR}`)).json();
        const taxes = formatCny(indicators.current.values['fiscal.taxesPaidCny'], lang);
        const software = formatPercent(indicators.current.values['structure.softwareShare'], lang);
        if (lang === 'zh-CN') {
          expect(text).toContain(`服务外包与低碳经济 ${YEAR}年度报告`);
          for (const h of [
            '一、财政收入',
            '二、利用外资',
            '三、产业结构',
            '四、离岸市场',
            '五、就业与人才',
            '六、环境：排放与强度',
          ])
            expect(text).toContain(h);
          expect(text).toMatch(new RegExp(`纳税总额 ${taxes}`));
          // Chart titles, legends and axis labels are text drawn from the SVG.
          expect(text).toContain('纳税总额（按年度）');
          expect(text).toContain('日本');
          expect(text).toContain('排放强度与制造业基准');
          expect(text).toContain('方法与因子来源');
        } else {
          expect(text).toContain(`Service Outsourcing and the Low-carbon Economy, ${YEAR}`);
          for (const h of [
            '1. Fiscal revenue',
            '2. Foreign capital',
            '3. Industry structure',
            '4. Offshore markets',
          ])
            expect(text).toContain(h);
          expect(text).toContain('6. Environment: emissions and intensity');
          expect(text).toMatch(new RegExp(`Taxes paid ${taxes.replace('.', '\\.')}`));
          expect(text).toContain('Emissions by quarter (tCO2e)');
          expect(text).toContain('Location-based');
          expect(text).toContain('cn-grid-');
        }
        expect(text).toContain(software);
      },
    );

    test('under 1 MB; filer 403; bad lang and year 400 naming the field', async () => {
      const { bytes } = await pdf(`/documents/annual-report?year=${YEAR}&lang=en`);
      expect(bytes.length).toBeLessThan(1_000_000);
      const filer = await call(app, w.filerA, 'GET', `/documents/annual-report?year=${YEAR}`);
      expect(filer.statusCode).toBe(403);
      const badLang = await call(app, w.analyst, 'GET', `/documents/annual-report?year=${YEAR}&lang=fr`);
      expect(badLang.statusCode).toBe(400);
      expect(badLang.json().issues.map((i: { path: string }) => i.path)).toEqual(['querystring.lang']);
      const badYear = await call(app, w.analyst, 'GET', '/documents/annual-report?year=24x&lang=en');
      expect(badYear.statusCode).toBe(400);
      expect(badYear.json().issues.map((i: { path: string }) => i.path)).toEqual(['querystring.year']);
    });
  });

  describe('enterprise statement', () => {
    test.each(['zh-CN', 'en'] as Language[])('%s: emissions by scope as the stored result', async (lang) => {
      const report = (await call(app, w.filerA, 'GET', `/reports/${reportA}`)).json();
      const { text } = await pdf(`/reports/${reportA}/statement.pdf?lang=${lang}`, w.filerA);
      const total = formatTonnesCo2e(report.result.emissions.totalLocationKgCo2e, lang);
      const label = lang === 'zh-CN' ? '合计（基于位置）' : 'Total (location-based)';
      expect(text).toContain(
        lang === 'zh-CN' ? '企业碳排放与价值报表' : 'Enterprise carbon and value statement',
      );
      expect(text).toContain(`${label} ${total}`);
      expect(text).toContain(formatCny(report.result.valueAdded.valueAddedCny, lang));
      expect(text).toContain('cn-grid-central');
    });

    test("another enterprise's report: 404, like a missing one", async () => {
      expect((await call(app, w.filerB, 'GET', `/reports/${reportA}/statement.pdf`)).statusCode).toBe(404);
      expect((await call(app, w.filerB, 'GET', '/reports/999999/statement.pdf')).statusCode).toBe(404);
    });
  });

  describe('client carbon statement', () => {
    /**
     * Enterprise A's approved reports of the year from the API: Σ service-outsourcing revenue, Σ location
     * emissions and Σ average employees × months covered (the person-month key's denominator).
     */
    const yearOfA = async () => {
      const list = (
        await call(app, w.analyst, 'GET', `/enterprises/${w.enterpriseA}/reports?year=${YEAR}`)
      ).json();
      let revenue = 0;
      let location = 0;
      let staffMonths = 0;
      for (const r of list.items) {
        const months = Number(r.period.end.slice(5, 7)) - Number(r.period.start.slice(5, 7)) + 1;
        revenue += r.result.structure.serviceOutsourcingRevenueCny;
        location += r.result.emissions.totalLocationKgCo2e;
        staffMonths += r.filing.employees.average * months;
      }
      return { revenue, location, staffMonths };
    };

    /** A contract's executions ending in the year, from the API: Σ CNY and Σ person-months. */
    const executedIn = async (contractId: number) => {
      const list = (await call(app, w.analyst, 'GET', `/contracts/${contractId}/executions`)).json();
      const inYear = list.items.filter((e: { periodEnd: string }) => e.periodEnd.startsWith(`${YEAR}-`));
      let cny = 0;
      let personMonths = 0;
      for (const e of inYear) {
        cny += e.amount.amountFen / 100;
        personMonths += Number(e.personMonths ?? 0);
      }
      return { cny, personMonths };
    };

    test.each(['zh-CN', 'en'] as Language[])(
      '%s: by revenue when one execution lacks person-months',
      async (lang) => {
        const { text } = await pdf(
          `/contracts/${contractA}/carbon-statement.pdf?year=${YEAR}&lang=${lang}`,
          w.filerA,
        );
        const { revenue, location } = await yearOfA();
        const { cny } = await executedIn(contractA);
        const allocated = formatTonnesCo2e((cny / revenue) * location, lang);
        expect(text).toContain(lang === 'zh-CN' ? '按执行收入分摊' : 'by executed revenue');
        expect(text).toContain(lang === 'zh-CN' ? '第 1 类' : 'category 1');
        expect(text).toContain(allocated);
        expect(text).toContain(formatPercent(cny / revenue, lang, 2));
      },
    );

    test('by person-months when every execution filed them, with SCI per person-month', async () => {
      const { text } = await pdf(`/contracts/${contractPm}/carbon-statement.pdf?year=${YEAR}&lang=en`);
      const { staffMonths } = await yearOfA();
      const { personMonths } = await executedIn(contractPm);
      expect(text).toContain('by person-months');
      expect(text).toContain('per person-month');
      expect(text).toContain(formatPercent(personMonths / staffMonths, 'en', 2));
    });

    test("another enterprise's contract: 404; a year without executions says so", async () => {
      expect(
        (await call(app, w.filerA, 'GET', `/contracts/${contractB}/carbon-statement.pdf?year=${YEAR}`))
          .statusCode,
      ).toBe(404);
      const { text } = await pdf(`/contracts/${contractA}/carbon-statement.pdf?year=2022&lang=en`);
      expect(text).toContain('no executions in 2022');
      const bad = await call(app, w.analyst, 'GET', `/contracts/${contractA}/carbon-statement.pdf?lang=en`);
      expect(bad.statusCode).toBe(400);
    });
  });

  test('font missing: 503 naming the path and the fix', async () => {
    const noFont = await buildApp({
      config: {
        logLevel: 'silent',
        sessionIdleMinutes: 30,
        sessionAbsoluteHours: 12,
        cookieSecure: false,
        pdfFontPath: '/nonexistent/wqy-microhei.ttc',
      },
      database: use(),
      clock: () => new Date('2026-03-01T08:00:00.000Z'),
    });
    try {
      const res = await call(noFont, w.analyst, 'GET', `/documents/annual-report?year=${YEAR}&lang=en`);
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toBe(
        'PDF font not found at /nonexistent/wqy-microhei.ttc: install fonts-wqy-microhei or set GREENSHORE_PDF_FONT',
      );
    } finally {
      await noFont.close();
    }
  });
});
