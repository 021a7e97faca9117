import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issuePathsOf, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  call,
  insertEnterprise,
  quarterFiling,
  type ReportWorld,
  reportWorld,
} from '../../test/report.fixture.ts';
import {
  columnIndex,
  columnValues,
  csvText,
  exported,
  readExported,
  xlsxCells,
} from '../exports/export-file.fixture.ts';
import { EXPORT_KINDS } from '../exports/export-filters.ts';
import { readSpreadsheet } from '../spreadsheets/spreadsheet.reader.ts';

const USCC_A = '91360100MA0000000A';
const USCC_C = '91360100MA0000000C';
const HOSTILE_NAME = '=HYPERLINK("http://x")';
const HOSTILE_NAME_ZH = '@SUM(A1)';
const HOSTILE_CLIENT = '-2+3';

/** Filters each kind needs (completeness requires a period). */
const QUERY: Record<(typeof EXPORT_KINDS)[number], string> = {
  enterprises: '',
  contracts: '',
  reports: '',
  indicators: 'year=2024',
  completeness: 'periodType=quarterly&period=2024-Q1',
};

describeEachDatabase('exports routes', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;
  let enterpriseC: number;

  const file = async (enterpriseId: number, filing: unknown, approve = true) => {
    const created = await call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/reports`, {
      periodType: 'quarterly',
      filing,
    });
    if (created.statusCode !== 201) throw new Error(`report: ${created.body}`);
    const id = created.json().id as number;
    await call(app, w.admin, 'POST', `/reports/${id}/submit`, {});
    if (approve) await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {});
  };
  const contract = (enterpriseId: number, clientName: string, reference: string) =>
    call(app, w.admin, 'POST', `/enterprises/${enterpriseId}/contracts`, {
      reference,
      clientName,
      clientCountry: 'JP',
      serviceCode: 'ITO-01',
      signedOn: '2024-01-15',
      value: { currency: 'CNY', amount: '1200000.00' },
    });

  beforeAll(async () => {
    app = await testApp(use(), testClock('2026-03-01T08:00:00.000Z'));
    w = await reportWorld(use(), app);
    enterpriseC = await insertEnterprise(use(), { uscc: USCC_C, districtCode: '360111' });
    await use()
      .db.updateTable('enterprises')
      .set({ name_en: HOSTILE_NAME, name_zh: HOSTILE_NAME_ZH })
      .where('id', '=', enterpriseC)
      .execute();
    // 2023 used more electricity than 2024: the year-on-year change is a genuine negative number.
    await file(w.enterpriseA, quarterFiling(2023, 1, { electricityKwh: 500_000 }));
    await file(w.enterpriseA, quarterFiling(2024, 1));
    await file(enterpriseC, quarterFiling(2024, 1, { electricityKwh: 120_000 }));
    await file(w.enterpriseB, quarterFiling(2024, 2), false);
    expect((await contract(w.enterpriseA, HOSTILE_CLIENT, 'A-1')).statusCode).toBe(201);
    expect((await contract(w.enterpriseB, 'Harbour Analytics', 'B-1')).statusCode).toBe(201);
  });
  afterAll(() => app.close());

  describe('every kind, both formats', () => {
    test.each(EXPORT_KINDS)('%s: an XLSX and a CSV attachment with bilingual headers', async (kind) => {
      for (const format of ['xlsx', 'csv'] as const) {
        const { res, bytes, fileName } = await exported(
          app,
          w.analyst,
          `${kind}?format=${format}&${QUERY[kind]}`,
        );
        expect(fileName).toBe(`greenshore-${kind}-20260301.${format}`);
        expect(res.headers['content-disposition']).toBe(`attachment; filename="${fileName}"`);
        expect(res.headers['content-type']).toBe(
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        const book = await readSpreadsheet(bytes, fileName);
        const main = book.sheets[0];
        expect(main?.rows.length).toBeGreaterThan(0);
        for (const header of main?.header ?? []) expect(header).toMatch(/^\S.* \/ \S.*$/);
        if (format === 'csv') {
          expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          expect(csvText(bytes).split('\r\n').length).toBeGreaterThan(1);
        }
      }
    });

    test('the indicators sheet: catalogue headers in both languages, the sheet name too', async () => {
      const book = await readExported(app, w.analyst, 'indicators?year=2024&format=xlsx&lang=en');
      expect(book.sheets[0]?.name).toBe('指标 Indicators');
      expect(book.sheets[0]?.header.slice(0, 3)).toEqual([
        '指标代码 / Indicator key',
        '指标名称 / Indicator (Chinese)',
        '指标名称（英文） / Indicator',
      ]);
      const csv = await readExported(
        app,
        w.analyst,
        'completeness?periodType=quarterly&period=2024-Q1&format=csv',
      );
      expect(csv.sheets[0]?.header[0]).toBe('统一社会信用代码 / USCC');
    });
  });

  describe('numbers stay numbers; text that looks like a formula is neutralised', () => {
    test('XLSX: indicator values are number cells, a negative change included', async () => {
      const { bytes } = await exported(app, w.analyst, 'indicators?year=2024&format=xlsx');
      const book = await readSpreadsheet(bytes, 'x.xlsx');
      const sheet = book.sheets[0];
      if (!sheet) throw new Error('no sheet');
      const at = columnValues(sheet, 'Indicator key').indexOf('environment.electricityKwh');
      const cells = (await xlsxCells(bytes))[at + 1] ?? [];
      const value = cells[columnIndex(sheet, 'Value')];
      const change = cells[columnIndex(sheet, 'Change')];
      expect(value?.value).toBe(210_000);
      expect(change?.value).toBe(-290_000);
      expect(typeof change?.value).toBe('number');
    });

    test('CSV: the same numbers as plain numeric text, the negative one without a quote', async () => {
      const { bytes } = await exported(app, w.analyst, 'indicators?year=2024&format=csv');
      const line = csvText(bytes)
        .split('\r\n')
        .find((l) => l.startsWith('environment.electricityKwh,'));
      const cells = line?.split(',') ?? [];
      expect(cells).toContain('210000');
      expect(cells).toContain('-290000');
      expect(line).not.toContain("'-290000");
    });

    test.each(['xlsx', 'csv'] as const)(
      '%s: hostile enterprise and client names are prefixed with a quote',
      async (format) => {
        const enterprises = await exported(app, w.analyst, `enterprises?format=${format}`);
        const contracts = await exported(app, w.analyst, `contracts?format=${format}`);
        const texts = async (bytes: Buffer) =>
          format === 'csv'
            ? csvText(bytes).split(/[\r\n,"]+/)
            : (await xlsxCells(bytes)).flat().map((c) => {
                expect(c.formula, `${c.address} is a formula`).toBeUndefined();
                return c.value;
              });
        const enterpriseCells = await texts(enterprises.bytes);
        const contractCells = await texts(contracts.bytes);
        expect(enterpriseCells).toContain(format === 'csv' ? "'=HYPERLINK(" : `'${HOSTILE_NAME}`);
        expect(enterpriseCells).toContain(`'${HOSTILE_NAME_ZH}`);
        expect(enterpriseCells).not.toContain(HOSTILE_NAME_ZH);
        expect(contractCells).toContain(`'${HOSTILE_CLIENT}`);
        expect(contractCells).not.toContain(HOSTILE_CLIENT);
      },
    );
  });

  describe('filters', () => {
    test('a district filter exports exactly the rows of the filtered list', async () => {
      const list = (await call(app, w.analyst, 'GET', '/enterprises?districtCode=360111')).json();
      for (const format of ['xlsx', 'csv']) {
        const book = await readExported(app, w.analyst, `enterprises?districtCode=360111&format=${format}`);
        const usccs = columnValues(book.sheets[0] ?? { name: '', header: [], rows: [] }, 'USCC');
        expect(usccs).toEqual([USCC_C]);
        expect(usccs.length).toBe(list.total);
      }
    });

    test('indicators of one district: the values GET /indicators answers for it', async () => {
      const answer = (await call(app, w.analyst, 'GET', '/indicators?year=2024&district=360111')).json();
      const book = await readExported(app, w.analyst, 'indicators?year=2024&district=360111');
      const sheet = book.sheets[0] ?? { name: '', header: [], rows: [] };
      const keys = columnValues(sheet, 'Indicator key');
      const values = columnValues(sheet, 'Value');
      const scalars = Object.entries(answer.current.values as Record<string, number | null>);
      expect(scalars.length).toBeGreaterThan(10);
      for (const [key, value] of scalars) expect(values[keys.indexOf(key)], key).toBe(value);
      expect(values[keys.indexOf('environment.electricityKwh')]).toBe(120_000);
    });

    test('contracts of one enterprise, reports of one status', async () => {
      const contracts = await readExported(app, w.analyst, `contracts?enterpriseId=${w.enterpriseA}`);
      expect(
        new Set(columnValues(contracts.sheets[0] ?? { name: '', header: [], rows: [] }, 'USCC')),
      ).toEqual(new Set([USCC_A]));
      const reports = await readExported(app, w.analyst, 'reports?status=submitted&format=csv');
      const usccs = columnValues(reports.sheets[0] ?? { name: '', header: [], rows: [] }, 'USCC');
      expect(new Set(usccs)).toEqual(new Set(['91360100MA0000000B']));
    });
  });

  describe('access', () => {
    test('a filer: 403 for bureau kinds, 404 for another enterprise, its own rows otherwise', async () => {
      for (const kind of ['enterprises', 'indicators', 'completeness'] as const) {
        const res = await call(app, w.filerA, 'GET', `/exports/${kind}?${QUERY[kind]}`);
        expect(res.statusCode, kind).toBe(403);
      }
      for (const kind of ['contracts', 'reports']) {
        const res = await call(app, w.filerA, 'GET', `/exports/${kind}?enterpriseId=${w.enterpriseB}`);
        expect(res.statusCode, kind).toBe(404);
        const own = await readExported(app, w.filerA, `${kind}?format=csv`);
        const usccs = columnValues(own.sheets[0] ?? { name: '', header: [], rows: [] }, 'USCC');
        expect(usccs.length, kind).toBeGreaterThan(0);
        expect(new Set(usccs), kind).toEqual(new Set([USCC_A]));
      }
    });

    test('anonymous: 401', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/exports/enterprises' });
      expect(res.statusCode).toBe(401);
    });
  });

  test('bad kind, format, lang or missing period: 400 naming the field', async () => {
    const cases = [
      ['nope', 'params.kind'],
      ['enterprises?format=pdf', 'querystring.format'],
      ['indicators?lang=fr', 'querystring.lang'],
      ['completeness?periodType=quarterly', 'querystring.period'],
    ] as const;
    for (const [url, path] of cases) {
      const res = await call(app, w.analyst, 'GET', `/exports/${url}`);
      expect(res.statusCode, url).toBe(400);
      expect(issuePathsOf(res), url).toContain(path);
    }
  });
});
