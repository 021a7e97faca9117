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
  type Places,
  rowCounts,
  validUscc,
} from '../../test/enterprise.fixture.ts';

const NEW_ENTERPRISE = {
  uscc: validUscc(100),
  nameZh: '赣江软件有限公司',
  nameEn: 'Ganjiang Software',
  districtCode: '360191',
  ownership: 'joint-venture',
  investorCountry: 'JP',
  registeredCapitalCny: '20000000.50',
  fdi: { currency: 'JPY', amount: '150000000', rateToCny: '0.04704' },
  mainServiceCode: 'ITO-01',
  certifications: [{ kind: 'CMMI', level: '3', validFrom: '2023-05-01', validTo: '2026-04-30' }],
};

describeEachDatabase('enterprise routes', (use) => {
  let app: FastifyInstance;
  let places: Places;
  let admin: Client;
  let analyst: Client;
  let filerA: Client;
  let enterpriseA: number;
  let enterpriseB: number;

  beforeAll(async () => {
    const database = use();
    places = await insertPlaces(database);
    enterpriseA = await insertEnterpriseRow(database, 1, places.honggutan);
    enterpriseB = await insertEnterpriseRow(database, 2, places.hitech);
    await createTestUser(database, 'admin@example.test', PASSWORD, 'admin');
    await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    await insertFiler(database, 'filer.a@example.test', enterpriseA);
    app = await testApp(database, testClock());
    admin = clientOf(app, await login(app, 'admin@example.test', PASSWORD));
    analyst = clientOf(app, await login(app, 'analyst@example.test', PASSWORD));
    filerA = clientOf(app, await login(app, 'filer.a@example.test', PASSWORD));
  });
  afterAll(() => app.close());

  /** The current ETag of an enterprise, as its GET gives it. */
  const etagOf = async (id: number) => String((await analyst('GET', `/enterprises/${id}`)).headers.etag);

  test('the OpenAPI document lists the area’s routes, with request examples', async () => {
    const res = await app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/enterprises',
        '/api/v1/enterprises/{id}',
        '/api/v1/enterprises/{id}/contracts',
        '/api/v1/contracts/{id}',
        '/api/v1/contracts/{id}/executions',
        '/api/v1/executions/{id}',
        '/api/v1/settings/filing',
      ]),
    );
    const media = (path: string, method: string) =>
      paths[path][method].requestBody.content['application/json'];
    expect(media('/api/v1/enterprises', 'post').example).toMatchObject({ uscc: expect.any(String) });
    expect(media('/api/v1/enterprises/{id}', 'patch').example).toBeDefined();
    expect(media('/api/v1/enterprises/{id}/contracts', 'post').example).toMatchObject({
      clientCountry: 'JP',
    });
    expect(media('/api/v1/contracts/{id}/executions', 'post').example).toBeDefined();
    expect(media('/api/v1/settings/filing', 'put').example).toBeDefined();
  });

  test('without a session every route answers 401 and changes nothing', async () => {
    const before = await rowCounts(use());
    const anonymous = [
      await app.inject({ url: '/api/v1/enterprises' }),
      await app.inject({ url: `/api/v1/enterprises/${enterpriseA}` }),
      await app.inject({ method: 'POST', url: '/api/v1/enterprises', payload: NEW_ENTERPRISE }),
    ];
    expect(anonymous.map((r) => r.statusCode)).toEqual([401, 401, 401]);
    expect(await rowCounts(use())).toEqual(before);
  });

  describe('create', () => {
    test('an admin registers an enterprise; FDI kept in JPY and CNY with the rate', async () => {
      const res = await admin('POST', '/enterprises', NEW_ENTERPRISE);
      expect(res.statusCode).toBe(201);
      expect(res.headers.etag).toBeTruthy();
      expect(res.json()).toMatchObject({
        uscc: NEW_ENTERPRISE.uscc,
        districtCode: '360191',
        cityCode: '360100',
        registeredCapitalFen: 2_000_000_050,
        registeredCapitalCny: '20000000.50',
        fdi: { currency: 'JPY', amount: '150000000', amountMinor: 150_000_000, amountFen: 705_600_000 },
        certifications: [{ kind: 'CMMI', level: '3' }],
        tase: false,
        rowVersion: 1,
      });
      const audit = await use().db.selectFrom('audit_log').select('action').execute();
      expect(audit.map((a) => a.action)).toContain('enterprise.created');
    });

    test('a duplicate credit code is a 409 naming uscc; nothing is written', async () => {
      const before = await rowCounts(use());
      const res = await admin('POST', '/enterprises', { ...NEW_ENTERPRISE, nameEn: 'Copy' });
      expect(res.statusCode).toBe(409);
      expect(issuePathsOf(res)).toEqual(['uscc']);
      expect(await rowCounts(use())).toEqual(before);
    });

    test('an invalid USCC is a 400 naming uscc with the reason', async () => {
      const before = await rowCounts(use());
      const wrongCheck = `${validUscc(101).slice(0, 17)}${validUscc(101).endsWith('0') ? '1' : '0'}`;
      for (const uscc of [wrongCheck, '123', 'I1360100MA0000101X']) {
        const res = await admin('POST', '/enterprises', { ...NEW_ENTERPRISE, uscc });
        expect(res.statusCode).toBe(400);
        expect(res.json().issues).toEqual([
          { path: 'uscc', message: expect.stringMatching(/GB 32100|character/) },
        ]);
      }
      expect(await rowCounts(use())).toEqual(before);
    });

    test('a filer calling the admin route gets 403; so does an analyst', async () => {
      const before = await rowCounts(use());
      const body = { ...NEW_ENTERPRISE, uscc: validUscc(102) };
      expect((await filerA('POST', '/enterprises', body)).statusCode).toBe(403);
      expect((await analyst('POST', '/enterprises', body)).statusCode).toBe(403);
      expect(await rowCounts(use())).toEqual(before);
    });

    test('server-owned fields in the body are refused, each named', async () => {
      const res = await admin('POST', '/enterprises', {
        ...NEW_ENTERPRISE,
        uscc: validUscc(103),
        id: 9,
        rowVersion: 5,
      });
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res).sort()).toEqual(['id', 'rowVersion']);
      const computed = await admin('POST', '/enterprises', {
        ...NEW_ENTERPRISE,
        uscc: validUscc(103),
        fdi: { ...NEW_ENTERPRISE.fdi, amountFen: 1 },
      });
      expect(issuePathsOf(computed)).toEqual(['fdi.amountFen']);
    });

    test('cross-field rules name the field at fault', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ ownership: 'private', fdi: null }, 'investorCountry'],
        [{ investorCountry: null }, 'investorCountry'],
        [{ ownership: 'hmt', investorCountry: 'JP' }, 'investorCountry'],
        [{ ownership: 'private', investorCountry: null }, 'fdi'],
        [{ districtCode: '999999' }, 'districtCode'],
        [{ parkId: 1_000_000 }, 'parkId'],
        [{ taseValidTo: '2027-01-01' }, 'taseValidTo'],
        [{ fdi: { currency: 'JPY', amount: '1.5', rateToCny: '0.05' } }, 'fdi.amount'],
        [{ fdi: { currency: 'USD', amount: '10' } }, 'fdi.rateToCny'],
        [{ investorCountry: 'XX' }, 'investorCountry'],
        [
          { certifications: [{ kind: 'ISO27001', validFrom: '2024-01-01', validTo: '2023-01-01' }] },
          'certifications.0.validTo',
        ],
        [
          { certifications: [{ kind: 'CMMI', validFrom: '2024-01-01', validTo: '2025-01-01' }] },
          'certifications.0.level',
        ],
      ];
      const before = await rowCounts(use());
      for (const [change, path] of cases) {
        const res = await admin('POST', '/enterprises', {
          ...NEW_ENTERPRISE,
          uscc: validUscc(104),
          ...change,
        });
        expect(res.statusCode, JSON.stringify(change)).toBe(400);
        expect(issuePathsOf(res), JSON.stringify(change)).toEqual([path]);
      }
      const parkElsewhere = await admin('POST', '/enterprises', {
        ...NEW_ENTERPRISE,
        uscc: validUscc(104),
        parkId: places.honggutanPark,
      });
      expect(issuePathsOf(parkElsewhere)).toEqual(['parkId']);
      expect(await rowCounts(use())).toEqual(before);
    });
  });

  describe('read and list', () => {
    test('a filer reads its own enterprise; another tenant’s id answers 404 like a missing one', async () => {
      const own = await filerA('GET', `/enterprises/${enterpriseA}`);
      expect(own.statusCode).toBe(200);
      expect(own.headers.etag).toBe(`"enterprise-${enterpriseA}-v1"`);
      const other = await filerA('GET', `/enterprises/${enterpriseB}`);
      const missing = await filerA('GET', '/enterprises/999999');
      expect(other.statusCode).toBe(404);
      expect(other.json()).toEqual(missing.json());
      expect((await filerA('GET', '/enterprises')).statusCode).toBe(403);
    });

    test('lists filter by district, ownership, main code and name/USCC text', async () => {
      const all = await analyst('GET', '/enterprises?limit=2');
      expect(all.json().items).toHaveLength(2);
      expect(all.json().total).toBeGreaterThanOrEqual(3);
      const byDistrict = await analyst('GET', '/enterprises?districtCode=360113');
      expect(byDistrict.json().items.map((e: { id: number }) => e.id)).toEqual([enterpriseA]);
      const jv = await analyst('GET', '/enterprises?ownership=joint-venture&mainServiceCode=ITO-01');
      expect(jv.json()).toMatchObject({ total: 1, items: [{ nameEn: 'Ganjiang Software' }] });
      expect((await analyst('GET', '/enterprises?q=ganjiang')).json().total).toBe(1);
      expect((await analyst('GET', `/enterprises?q=${validUscc(2).slice(8)}`)).json().items[0].id).toBe(
        enterpriseB,
      );
      const injection = await analyst('GET', `/enterprises?q=${encodeURIComponent("%' OR 1=1 --")}`);
      expect(injection.json()).toEqual({ items: [], total: 0 });
      expect((await analyst('GET', '/enterprises?q=_')).json().total).toBe(0);
      const bad = await analyst('GET', '/enterprises?ownership=pirate');
      expect(bad.statusCode).toBe(400);
      expect(issuePathsOf(bad)).toEqual(['querystring.ownership']);
    });
  });

  describe('update', () => {
    test('a filer edits its own profile with If-Match; row version and ETag move on', async () => {
      const etag = await etagOf(enterpriseA);
      const res = await filerA(
        'PATCH',
        `/enterprises/${enterpriseA}`,
        {
          nameEn: 'Enterprise One Group',
          parkId: places.honggutanPark,
          certifications: [{ kind: 'ISO27001', level: null, validFrom: '2024-01-01', validTo: '2027-01-01' }],
        },
        { 'if-match': etag },
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        nameEn: 'Enterprise One Group',
        parkId: places.honggutanPark,
        rowVersion: 2,
      });
      expect(res.headers.etag).toBe(`"enterprise-${enterpriseA}-v2"`);
      const replaced = await filerA(
        'PATCH',
        `/enterprises/${enterpriseA}`,
        { certifications: [] },
        {
          'if-match': String(res.headers.etag),
        },
      );
      expect(replaced.json()).toMatchObject({ certifications: [], rowVersion: 3 });
    });

    test('a filer may not set bureau fields (403 naming them) nor touch another tenant (404)', async () => {
      const before = await rowCounts(use());
      const etag = await etagOf(enterpriseA);
      const bureau = await filerA(
        'PATCH',
        `/enterprises/${enterpriseA}`,
        { tase: true, districtCode: '360191' },
        {
          'if-match': etag,
        },
      );
      expect(bureau.statusCode).toBe(403);
      expect(issuePathsOf(bureau).sort()).toEqual(['districtCode', 'tase']);
      const other = await filerA(
        'PATCH',
        `/enterprises/${enterpriseB}`,
        { nameEn: 'Mine now' },
        {
          'if-match': await etagOf(enterpriseB),
        },
      );
      expect(other.statusCode).toBe(404);
      expect(await rowCounts(use())).toEqual(before);
      expect(await etagOf(enterpriseB)).toBe(`"enterprise-${enterpriseB}-v1"`);
    });

    test('an analyst grants TASE; moving district keeps a park only if it lies there', async () => {
      const etag = await etagOf(enterpriseA);
      const moved = await analyst(
        'PATCH',
        `/enterprises/${enterpriseA}`,
        { districtCode: '360191' },
        { 'if-match': etag },
      );
      expect(moved.statusCode).toBe(400);
      expect(issuePathsOf(moved)).toEqual(['parkId']);
      const res = await analyst(
        'PATCH',
        `/enterprises/${enterpriseA}`,
        { districtCode: '360191', parkId: places.hitechPark, tase: true, taseValidTo: '2028-12-31' },
        { 'if-match': etag },
      );
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ districtCode: '360191', tase: true, taseValidTo: '2028-12-31' });
    });

    test('server-owned fields are refused by name; an empty body is refused', async () => {
      const etag = await etagOf(enterpriseA);
      const res = await analyst(
        'PATCH',
        `/enterprises/${enterpriseA}`,
        { rowVersion: 99, createdAt: 'x', cityCode: '1' },
        {
          'if-match': etag,
        },
      );
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res).sort()).toEqual(['cityCode', 'createdAt', 'rowVersion']);
      const empty = await analyst('PATCH', `/enterprises/${enterpriseA}`, {}, { 'if-match': etag });
      expect(empty.statusCode).toBe(400);
      expect(issuePathsOf(empty)).toEqual(['body']);
    });

    test('missing If-Match → 428, stale → 412; nothing changes', async () => {
      const before = await rowCounts(use());
      const etag = await etagOf(enterpriseB);
      const missing = await analyst('PATCH', `/enterprises/${enterpriseB}`, { nameEn: 'X' });
      expect(missing.statusCode).toBe(428);
      expect(issuePathsOf(missing)).toEqual(['headers.if-match']);
      const stale = await analyst(
        'PATCH',
        `/enterprises/${enterpriseB}`,
        { nameEn: 'X' },
        {
          'if-match': `"enterprise-${enterpriseB}-v0"`,
        },
      );
      expect(stale.statusCode).toBe(412);
      expect(await etagOf(enterpriseB)).toBe(etag);
      expect(await rowCounts(use())).toEqual(before);
    });

    test('two clients PATCH with the same ETag at once: exactly one wins, the other gets 412', async () => {
      const etag = await etagOf(enterpriseB);
      const [first, second] = await Promise.all([
        analyst('PATCH', `/enterprises/${enterpriseB}`, { nameEn: 'First' }, { 'if-match': etag }),
        admin('PATCH', `/enterprises/${enterpriseB}`, { nameEn: 'Second' }, { 'if-match': etag }),
      ]);
      expect([first?.statusCode, second?.statusCode].sort()).toEqual([200, 412]);
      const winner = first?.statusCode === 200 ? 'First' : 'Second';
      const now = await analyst('GET', `/enterprises/${enterpriseB}`);
      expect(now.json()).toMatchObject({ nameEn: winner, rowVersion: 2 });
      const updates = await use()
        .db.selectFrom('audit_log')
        .select('entity_id')
        .where('action', '=', 'enterprise.updated')
        .where('entity_id', '=', String(enterpriseB))
        .execute();
      expect(updates).toHaveLength(1);
    });
  });
});
