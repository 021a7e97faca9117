import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestUser, issuePathsOf, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  type Client,
  clientOf,
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  PASSWORD,
  rowCounts,
} from '../../test/enterprise.fixture.ts';
import { listExecutionsOfEnterpriseInPeriod } from '../contracts/contracts.repository.ts';

const CONTRACT = {
  clientName: 'Harbour Analytics Ltd',
  clientCountry: 'HK',
  serviceCode: 'KPO-04',
  signedOn: '2025-03-01',
  value: { currency: 'HKD', amount: '1000000.00', rateToCny: '0.9118' },
};
const EXECUTION = { periodStart: '2026-01-01', periodEnd: '2026-01-31', amount: '250000.00' };

describeEachDatabase('contract and execution routes', (use) => {
  let app: FastifyInstance;
  let analyst: Client;
  let filerA: Client;
  let filerB: Client;
  let enterpriseA: number;
  let enterpriseB: number;
  let contractB: number;
  let executionB: number;

  beforeAll(async () => {
    const database = use();
    const places = await insertPlaces(database);
    enterpriseA = await insertEnterpriseRow(database, 1, places.honggutan);
    enterpriseB = await insertEnterpriseRow(database, 2, places.hitech);
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer.a@example.test', enterpriseA);
    await insertFiler(database, 'filer.b@example.test', enterpriseB);
    app = await testApp(database, testClock('2026-03-01T08:00:00.000Z'));
    analyst = clientOf(app, await login(app, 'analyst@example.test', PASSWORD));
    filerA = clientOf(app, await login(app, 'filer.a@example.test', PASSWORD));
    filerB = clientOf(app, await login(app, 'filer.b@example.test', PASSWORD));
    contractB = (await filerB('POST', `/enterprises/${enterpriseB}/contracts`, CONTRACT)).json().id;
    executionB = (await filerB('POST', `/contracts/${contractB}/executions`, EXECUTION)).json().id;
  });
  afterAll(() => app.close());

  describe('contracts', () => {
    test('offshore is derived from the client country: HK, MO, TW offshore, CN onshore', async () => {
      for (const [country, offshore] of [
        ['HK', true],
        ['MO', true],
        ['TW', true],
        ['CN', false],
        ['JP', true],
      ] as const) {
        const body = { ...CONTRACT, clientCountry: country, value: { currency: 'CNY', amount: '100.00' } };
        const res = await filerA('POST', `/enterprises/${enterpriseA}/contracts`, body);
        expect(res.statusCode).toBe(201);
        expect(res.json()).toMatchObject({ clientCountry: country, offshore, enterpriseId: enterpriseA });
      }
    });

    test('value kept in the original currency and in CNY with the rate', async () => {
      const res = await analyst('GET', `/contracts/${contractB}`);
      expect(res.json()).toMatchObject({
        offshore: true,
        value: {
          currency: 'HKD',
          amount: '1000000.00',
          amountMinor: 100_000_000,
          amountFen: 91_180_000,
          rateToCny: '0.9118',
        },
      });
    });

    test('server-owned fields (offshore, computed fen, enterpriseId, id) are refused by name', async () => {
      const before = await rowCounts(use());
      const res = await filerA('POST', `/enterprises/${enterpriseA}/contracts`, {
        ...CONTRACT,
        clientCountry: 'CN',
        offshore: true,
        enterpriseId: enterpriseB,
        id: 1,
        value: { ...CONTRACT.value, amountFen: 5 },
      });
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res).sort()).toEqual(['enterpriseId', 'id', 'offshore', 'value.amountFen']);
      expect(await rowCounts(use())).toEqual(before);
    });

    test('bad codes, dates and amounts are 400s naming the field; nothing is written', async () => {
      const before = await rowCounts(use());
      const cases: [Record<string, unknown>, string][] = [
        [{ clientCountry: 'XX' }, 'clientCountry'],
        [{ serviceCode: 'ITO-99' }, 'serviceCode'],
        [{ signedOn: '2025-02-30' }, 'signedOn'],
        [{ signedOn: '2026-12-01' }, 'signedOn'],
        [{ clientName: '  ' }, 'clientName'],
        [{ value: { currency: 'JPY', amount: '10.5', rateToCny: '0.05' } }, 'value.amount'],
        [{ value: { currency: 'usd', amount: '10', rateToCny: '7' } }, 'value.currency'],
        [{ value: { currency: 'USD', amount: '10', rateToCny: '-7' } }, 'value.rateToCny'],
      ];
      for (const [change, path] of cases) {
        const res = await filerA('POST', `/enterprises/${enterpriseA}/contracts`, { ...CONTRACT, ...change });
        expect(res.statusCode, JSON.stringify(change)).toBe(400);
        expect(issuePathsOf(res), JSON.stringify(change)).toEqual([path]);
      }
      expect(await rowCounts(use())).toEqual(before);
    });

    test('an SQL-injection-shaped client name is stored and shown literally', async () => {
      const clientName = "Robert'); DROP TABLE contracts;--";
      const res = await filerA('POST', `/enterprises/${enterpriseA}/contracts`, { ...CONTRACT, clientName });
      expect(res.statusCode).toBe(201);
      expect((await filerA('GET', `/contracts/${res.json().id}`)).json().clientName).toBe(clientName);
      const list = await filerA('GET', `/enterprises/${enterpriseA}/contracts?limit=500`);
      expect(list.json().items.map((c: { clientName: string }) => c.clientName)).toContain(clientName);
      expect(list.json().total).toBe(list.json().items.length);
    });

    test('an idempotent retry creates nothing new; the same key with another body → 422', async () => {
      const headers = { 'idempotency-key': 'contract-retry-1' };
      const body = { ...CONTRACT, clientName: 'Retry Client' };
      const first = await filerA('POST', `/enterprises/${enterpriseA}/contracts`, body, headers);
      const before = await rowCounts(use());
      const retry = await filerA('POST', `/enterprises/${enterpriseA}/contracts`, body, headers);
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
      const other = await filerA(
        'POST',
        `/enterprises/${enterpriseA}/contracts`,
        { ...body, clientName: 'Other' },
        headers,
      );
      expect(other.statusCode).toBe(422);
      expect(issuePathsOf(other)).toEqual(['headers.idempotency-key']);
      expect(await rowCounts(use())).toEqual(before);
    });
  });

  describe('tenant isolation', () => {
    test('another tenant’s enterprise, contract and execution ids answer 404, reads and writes alike', async () => {
      const before = await rowCounts(use());
      const missing = (await filerA('GET', '/contracts/999999')).json();
      const probes = [
        await filerA('GET', `/enterprises/${enterpriseB}/contracts`),
        await filerA('POST', `/enterprises/${enterpriseB}/contracts`, CONTRACT),
        await filerA('GET', `/contracts/${contractB}`),
        await filerA('GET', `/contracts/${contractB}/executions`),
        await filerA('POST', `/contracts/${contractB}/executions`, EXECUTION),
        await filerA('GET', `/executions/${executionB}`),
      ];
      for (const res of probes) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(missing);
      }
      expect(await rowCounts(use())).toEqual(before);
      expect((await analyst('GET', `/executions/${executionB}`)).statusCode).toBe(200);
    });
  });

  describe('executions', () => {
    test('converted at the contract’s rate unless a rate is given', async () => {
      expect((await filerB('GET', `/executions/${executionB}`)).json().amount).toEqual({
        currency: 'HKD',
        amount: '250000.00',
        amountMinor: 25_000_000,
        amountFen: 22_795_000,
        rateToCny: '0.9118',
      });
      const own = await filerB('POST', `/contracts/${contractB}/executions`, {
        ...EXECUTION,
        rateToCny: '0.92',
      });
      expect(own.statusCode).toBe(201);
      expect(own.json().amount).toMatchObject({ amountFen: 23_000_000, rateToCny: '0.92' });
      const list = await filerB('GET', `/contracts/${contractB}/executions`);
      expect(list.json().total).toBe(2);
    });

    test('a late execution for a closed year is refused naming periodEnd; nothing is written', async () => {
      const before = await rowCounts(use());
      const late = { periodStart: '2025-12-01', periodEnd: '2025-12-31', amount: '100.00' };
      const res = await filerB('POST', `/contracts/${contractB}/executions`, late);
      expect(res.statusCode).toBe(422);
      expect(res.json().issues).toEqual([
        { path: 'periodEnd', message: expect.stringContaining('2026-01-31') },
      ]);
      expect(await rowCounts(use())).toEqual(before);
    });

    test('period and amount problems name the field', async () => {
      const before = await rowCounts(use());
      const cases: [Record<string, unknown>, string][] = [
        [{ periodEnd: '2025-12-31' }, 'periodEnd'],
        [{ periodStart: '2026-02-01', periodEnd: '2026-01-31' }, 'periodEnd'],
        [{ amount: '1.005' }, 'amount'],
        [{ amount: 'lots' }, 'amount'],
        [{ amountFen: 1 }, 'amountFen'],
        [{ contractId: 1 }, 'contractId'],
      ];
      for (const [change, path] of cases) {
        const res = await filerB('POST', `/contracts/${contractB}/executions`, { ...EXECUTION, ...change });
        expect(res.statusCode, JSON.stringify(change)).toBe(400);
        expect(issuePathsOf(res), JSON.stringify(change)).toEqual([path]);
      }
      expect(await rowCounts(use())).toEqual(before);
    });

    test('the period query joins executions with their contract for the reports area', async () => {
      const rows = await listExecutionsOfEnterpriseInPeriod(
        use().db,
        enterpriseB,
        '2026-01-01',
        '2026-12-31',
      );
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        contract_id: contractB,
        client_country: 'HK',
        offshore: 1,
        currency: 'HKD',
      });
    });
  });
});
