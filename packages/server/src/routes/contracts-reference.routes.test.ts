import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, issuePathsOf, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  type Client,
  clientOf,
  insertEnterpriseRow,
  insertPlaces,
  PASSWORD,
  rowCounts,
} from '../../test/enterprise.fixture.ts';
import type { Database } from '../db/dialect.ts';

const CONTRACT = {
  clientName: 'Harbour Analytics Ltd',
  clientCountry: 'HK',
  serviceCode: 'KPO-04',
  signedOn: '2025-03-01',
  value: { currency: 'HKD', amount: '1000000.00', rateToCny: '0.9118' },
};

describeEachDatabase('contract references and person-months', (use) => {
  let app: FastifyInstance;
  let database: Database;
  let analyst: Client;
  let enterprise: number;

  beforeAll(async () => {
    database = use();
    const places = await insertPlaces(database);
    enterprise = await insertEnterpriseRow(database, 1, places.honggutan);
    await insertEnterpriseRow(database, 2, places.hitech);
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    app = await testApp(database, testClock('2026-03-01T08:00:00.000Z'));
    analyst = clientOf(app, await login(app, 'analyst@example.test', PASSWORD));
  });
  afterAll(() => app.close());

  test('a reference is optional, kept, and unique per enterprise (409 naming it)', async () => {
    const plain = await analyst('POST', `/enterprises/${enterprise}/contracts`, CONTRACT);
    expect(plain.json()).toMatchObject({ reference: null });
    const first = await analyst('POST', `/enterprises/${enterprise}/contracts`, {
      ...CONTRACT,
      reference: ' C-2025-0042 ',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().reference).toBe('C-2025-0042');
    const before = await rowCounts(database);
    const again = await analyst('POST', `/enterprises/${enterprise}/contracts`, {
      ...CONTRACT,
      reference: 'C-2025-0042',
    });
    expect(again.statusCode).toBe(409);
    expect(issuePathsOf(again)).toEqual(['reference']);
    expect(await rowCounts(database)).toEqual(before);
    const elsewhere = await analyst('POST', `/enterprises/${enterprise + 1}/contracts`, {
      ...CONTRACT,
      reference: 'C-2025-0042',
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  test('an execution may carry person-months, a decimal greater than zero', async () => {
    const contract = (await analyst('POST', `/enterprises/${enterprise}/contracts`, CONTRACT)).json().id;
    const execution = { periodStart: '2026-01-01', periodEnd: '2026-01-31', amount: '1000.00' };
    const ok = await analyst('POST', `/contracts/${contract}/executions`, {
      ...execution,
      personMonths: '2.5',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().personMonths).toBe('2.5');
    for (const personMonths of ['0', '-1', 'abc', '1.234']) {
      const res = await analyst('POST', `/contracts/${contract}/executions`, { ...execution, personMonths });
      expect(res.statusCode, personMonths).toBe(400);
      expect(issuePathsOf(res)).toEqual(['personMonths']);
    }
  });
});
