import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
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

const LATE_2025 = { periodStart: '2025-12-01', periodEnd: '2025-12-31', amount: '100.00' };

describeEachDatabase('filing settings routes', (use) => {
  let app: FastifyInstance;
  let admin: Client;
  let analyst: Client;
  let filer: Client;
  let contractId: number;

  beforeAll(async () => {
    const database = use();
    const places = await insertPlaces(database);
    const enterpriseId = await insertEnterpriseRow(database, 1, places.honggutan);
    await createTestUser(database, 'admin@example.test', PASSWORD, 'admin');
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer@example.test', enterpriseId);
    app = await testApp(database, testClock('2026-03-01T08:00:00.000Z'));
    admin = clientOf(app, await login(app, 'admin@example.test', PASSWORD));
    analyst = clientOf(app, await login(app, 'analyst@example.test', PASSWORD));
    filer = clientOf(app, await login(app, 'filer@example.test', PASSWORD));
    const contract = await filer('POST', `/enterprises/${enterpriseId}/contracts`, {
      clientName: 'Tokyo Client',
      clientCountry: 'JP',
      serviceCode: 'ITO-02',
      signedOn: '2025-01-15',
      value: { currency: 'JPY', amount: 5_000_000, rateToCny: '0.04704' },
    });
    contractId = contract.json().id;
  });
  afterAll(() => app.close());

  test('the built-in default applies until an admin stores a window; only admins see it', async () => {
    const res = await admin('GET', '/settings/filing');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ executionWindow: { closesOnMonthDay: '01-31' }, updatedAt: null });
    expect(res.headers.etag).toBe('"setting-filing-default"');
    expect((await analyst('GET', '/settings/filing')).statusCode).toBe(403);
    expect((await filer('GET', '/settings/filing')).statusCode).toBe(403);
  });

  test('PUT needs If-Match (428) that is current (412) and a valid body naming the field at fault', async () => {
    const before = await rowCounts(use());
    const body = { executionWindow: { closesOnMonthDay: '03-31' } };
    expect((await admin('PUT', '/settings/filing', body)).statusCode).toBe(428);
    expect(
      (await admin('PUT', '/settings/filing', body, { 'if-match': '"settings-filing-x"' })).statusCode,
    ).toBe(412);
    const ifMatch = { 'if-match': '"setting-filing-default"' };
    for (const [closesOnMonthDay, path] of [
      ['02-29', 'executionWindow.closesOnMonthDay'],
      ['13-01', 'executionWindow.closesOnMonthDay'],
      ['3-31', 'executionWindow.closesOnMonthDay'],
    ]) {
      const res = await admin('PUT', '/settings/filing', { executionWindow: { closesOnMonthDay } }, ifMatch);
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res)).toEqual([path]);
    }
    const extra = await admin('PUT', '/settings/filing', { ...body, updatedAt: 'now' }, ifMatch);
    expect(issuePathsOf(extra)).toEqual(['updatedAt']);
    expect((await analyst('PUT', '/settings/filing', body, ifMatch)).statusCode).toBe(403);
    expect(await rowCounts(use())).toEqual(before);
  });

  test('a late execution is refused until the admin widens the window; then it is accepted', async () => {
    expect((await filer('POST', `/contracts/${contractId}/executions`, LATE_2025)).statusCode).toBe(422);
    const etag = String((await admin('GET', '/settings/filing')).headers.etag);
    const put = await admin(
      'PUT',
      '/settings/filing',
      { executionWindow: { closesOnMonthDay: '03-31' } },
      {
        'if-match': etag,
      },
    );
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      executionWindow: { closesOnMonthDay: '03-31' },
      updatedAt: expect.any(String),
    });
    expect(put.headers.etag).not.toBe(etag);
    const accepted = await filer('POST', `/contracts/${contractId}/executions`, LATE_2025);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().amount).toMatchObject({ currency: 'JPY', amount: '100', amountFen: 470 });
    const audit = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'settings.updated')
      .execute();
    expect(audit).toHaveLength(1);
  });

  test('two admins PUT with the same ETag at once: one wins, the other gets 412', async () => {
    const etag = String((await admin('GET', '/settings/filing')).headers.etag);
    const [a, b] = await Promise.all([
      admin(
        'PUT',
        '/settings/filing',
        { executionWindow: { closesOnMonthDay: '02-28' } },
        { 'if-match': etag },
      ),
      admin(
        'PUT',
        '/settings/filing',
        { executionWindow: { closesOnMonthDay: '04-30' } },
        { 'if-match': etag },
      ),
    ]);
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 412]);
  });
});
