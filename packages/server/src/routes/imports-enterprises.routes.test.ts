import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, type LoggedIn, login, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  PASSWORD,
  rowCounts,
  validUscc,
} from '../../test/enterprise.fixture.ts';
import type { Database } from '../db/dialect.ts';
import { enterpriseSheets } from '../exchange/enterprise-sheets.ts';
import { CERTIFICATION_COLUMNS, ENTERPRISE_COLUMNS } from '../exchange/enterprises.columns.ts';
import { importFile } from '../exchange/import-test.fixture.ts';
import { writeXlsx } from '../spreadsheets/xlsx.writer.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const enterprise = (n: number, over: Record<string, unknown> = {}) => {
  const base: Record<string, unknown> = {
    uscc: validUscc(n),
    nameZh: `企业${n}`,
    nameEn: `Enterprise ${n}`,
    districtCode: '360113',
    ownership: 'private',
    registeredCapitalCny: 0,
    foundedOn: '2015-06-01',
    mainServiceCode: 'ITO-01',
    tase: '否',
    ...over,
  };
  return ENTERPRISE_COLUMNS.map((c) => (base[c.key] ?? null) as string | number | null);
};
const sheets = (rows: ReturnType<typeof enterprise>[], certs: (string | null)[][] = []) =>
  writeXlsx(
    [
      { name: '企业 Enterprises', columns: ENTERPRISE_COLUMNS, rows },
      { name: '认证 Certifications', columns: CERTIFICATION_COLUMNS, rows: certs },
    ],
    { lang: 'en' },
  );

describeEachDatabase('enterprise imports', (use) => {
  let app: FastifyInstance;
  let database: Database;
  let admin: LoggedIn;

  beforeAll(async () => {
    database = use();
    const places = await insertPlaces(database);
    const one = await insertEnterpriseRow(database, 1, places.honggutan);
    await insertEnterpriseRow(database, 2, places.honggutan);
    await createTestUser(database, 'admin@example.test', PASSWORD, 'admin');
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer@example.test', one);
    app = await testApp(database);
    admin = await login(app, 'admin@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  test('creates new enterprises, updates changed fields only, leaves identical ones unchanged', async () => {
    const file = await sheets(
      [
        enterprise(1),
        enterprise(2, { nameEn: 'Renamed Two' }),
        enterprise(3, { ownership: 'joint-venture', investorCountry: 'jp' }),
      ],
      [[validUscc(3), 'CMMI', '3', '2024-01-01', '2026-12-31']],
    );
    const result = await importFile(app, admin, 'kind=enterprises', file, 'enterprises.xlsx');
    expect(result).toMatchObject({
      status: 'succeeded',
      summary: { created: 1, updated: 1, unchanged: 1 },
      errorCount: 0,
    });
    const rows = await database.db
      .selectFrom('enterprises')
      .select(['uscc', 'name_en', 'row_version', 'investor_country'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.name_en, r.row_version])).toEqual([
      ['Enterprise 1', 1],
      ['Renamed Two', 2],
      ['Enterprise 3', 1],
    ]);
    expect(rows[2]?.investor_country).toBe('JP');
    expect(await database.db.selectFrom('certifications').select(['kind', 'level']).execute()).toEqual([
      { kind: 'CMMI', level: '3' },
    ]);
  });

  test('the cross-field rules of the API apply and name the column; nothing is written', async () => {
    const before = await rowCounts(database);
    const file = await sheets([
      enterprise(4, { ownership: 'foreign' }),
      enterprise(5, { districtCode: '999999' }),
    ]);
    const result = await importFile(app, admin, 'kind=enterprises', file, 'bad.xlsx');
    expect(result.status).toBe('rejected');
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, '投资方国家/地区 / Investor country', 'required when ownership is foreign'],
      [3, '区县代码 / District code', 'unknown district code 999999'],
    ]);
    expect(await rowCounts(database)).toEqual(before);
  });

  test('an export imported back changes nothing', async () => {
    const exported = await writeXlsx(await enterpriseSheets(database.db, {}), { lang: 'zh-CN' });
    const before = await rowCounts(database);
    const result = await importFile(app, admin, 'kind=enterprises', exported, 'export.xlsx');
    expect(result).toMatchObject({ status: 'succeeded', summary: { created: 0, updated: 0, unchanged: 3 } });
    expect(await rowCounts(database)).toEqual({ ...before, audit: (before.audit ?? 0) + 1 });
  });

  test('only an administrator imports enterprises: 403 for analysts and filers', async () => {
    for (const email of ['analyst@example.test', 'filer@example.test']) {
      const who = await login(app, email, PASSWORD);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/imports?kind=enterprises',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': XLSX },
        payload: await sheets([enterprise(9)]),
      });
      expect(res.statusCode).toBe(403);
    }
  });
});
