import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, type LoggedIn, login, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  PASSWORD,
  validUscc,
} from '../../test/enterprise.fixture.ts';
import { CONTRACT_COLUMNS } from '../exchange/contracts.columns.ts';
import { headerText, IMPORT_KINDS, sheetName } from '../exchange/exchange-column.ts';
import { KIND_SHEETS } from '../exchange/exchange-kinds.ts';
import { csv, importFile } from '../exchange/import-test.fixture.ts';
import { readSpreadsheet } from '../spreadsheets/spreadsheet.reader.ts';

describeEachDatabase('import templates and the import list', (use) => {
  let app: FastifyInstance;
  let analyst: LoggedIn;
  let filer: LoggedIn;

  beforeAll(async () => {
    const database = use();
    const places = await insertPlaces(database);
    const mine = await insertEnterpriseRow(database, 1, places.honggutan);
    await insertEnterpriseRow(database, 2, places.hitech);
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer@example.test', mine);
    app = await testApp(database);
    analyst = await login(app, 'analyst@example.test', PASSWORD);
    filer = await login(app, 'filer@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  const get = (who: LoggedIn, url: string) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: who.cookie } });

  test.each(IMPORT_KINDS)(
    'the %s template reads back with the specs’ headers, notes and drop-downs',
    async (kind) => {
      const res = await get(analyst, `/imports/templates/${kind}?lang=en`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain(`greenshore-${kind}-template.xlsx`);
      const workbook = await readSpreadsheet(res.rawPayload, 'template.xlsx');
      for (const spec of KIND_SHEETS[kind]) {
        const sheet = workbook.sheets.find((s) => s.name === sheetName(spec.name));
        expect(sheet?.header).toEqual(spec.columns.map(headerText));
        expect(sheet?.rows).toEqual([]);
      }
      const notes = workbook.sheets.find((s) => s.name === 'Notes');
      expect(notes?.rows.length).toBe(KIND_SHEETS[kind].reduce((n, s) => n + s.columns.length, 0));
      const excel = new ExcelJS.Workbook();
      await excel.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const first = excel.getWorksheet(sheetName(KIND_SHEETS[kind][0]?.name ?? { 'zh-CN': '', en: '' }));
      const validations = (
        first as unknown as { dataValidations: { model: Record<string, { type: string }> } }
      ).dataValidations.model;
      expect(Object.values(validations).some((v) => v.type === 'list')).toBe(true);
    },
  );

  test('a filer’s template carries its USCC in the first row', async () => {
    const res = await get(filer, '/imports/templates/contracts?lang=zh-CN');
    const workbook = await readSpreadsheet(res.rawPayload, 'template.xlsx');
    expect(workbook.sheets[0]?.rows[0]?.cells[0]).toBe(validUscc(1));
  });

  test('imports are listed by scope; another scope’s import is 404; errors.xlsx lists every row error', async () => {
    const header = CONTRACT_COLUMNS.map(headerText);
    const bad = csv([header, [validUscc(2), 'R-1', 'X', 'JP', 'ITO-01', '2025-01-01', 'JPY', 'abc', '0.05']]);
    const theirs = await importFile(app, analyst, 'kind=contracts', bad, '坏.csv');
    expect(theirs).toMatchObject({ status: 'rejected', fileName: '坏.csv', errorCount: 1 });
    const mine = await importFile(app, filer, 'kind=contracts', bad, 'mine.csv');
    expect(mine.errors.map((e) => e.message)).toContain('not your enterprise');
    expect((await get(filer, `/imports/${theirs.id}`)).statusCode).toBe(404);
    expect((await get(filer, '/imports')).json()).toMatchObject({ total: 1, items: [{ id: mine.id }] });
    expect((await get(analyst, '/imports')).json().total).toBe(2);
    const report = await get(analyst, `/imports/${theirs.id}/errors.xlsx?lang=en`);
    expect(report.statusCode).toBe(200);
    const read = await readSpreadsheet(report.rawPayload, 'errors.xlsx');
    expect(read.sheets[0]?.rows[0]?.cells).toEqual([
      2,
      '合同 Contracts',
      '合同金额 / Amount',
      'abc',
      'must be a number',
    ]);
    expect((await get(filer, `/imports/${theirs.id}/errors.xlsx`)).statusCode).toBe(404);
  });
});
