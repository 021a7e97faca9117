import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, type LoggedIn, login, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { insertEnterpriseRow, insertPlaces, PASSWORD, rowCounts } from '../../test/enterprise.fixture.ts';
import type { Database } from '../db/dialect.ts';
import { importFile } from '../exchange/import-test.fixture.ts';
import { failAbandonedImports, findImport, insertImport } from '../exchange/imports.repository.ts';
import { measured } from '../spreadsheets/measure.fixture.ts';
import {
  deflatedEntry,
  inflatingEntry,
  minimalXlsx,
  SHEET_PREFIX,
  SHEET_SUFFIX,
} from '../spreadsheets/test-files.fixture.ts';

const MB = 1024 * 1024;

/** The upload limits and file refusals through the real imports route, not just the reader. */
describeEachDatabase('import safety through the route', (use) => {
  let app: FastifyInstance;
  let database: Database;
  let analyst: LoggedIn;
  let analystId: number;

  beforeAll(async () => {
    database = use();
    const places = await insertPlaces(database);
    await insertEnterpriseRow(database, 1, places.honggutan);
    analystId = await createTestUser(database, 'analyst@example.test', PASSWORD, 'analyst');
    app = await testApp(database, undefined, { uploadMaxBytes: 1 * MB });
    analyst = await login(app, 'analyst@example.test', PASSWORD);
  });
  afterAll(() => app.close());

  const post = (bytes: Buffer) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=contracts',
      headers: {
        cookie: analyst.cookie,
        'x-csrf-token': analyst.csrfToken,
        'content-type': 'application/octet-stream',
        'x-file-name': 'big.csv',
      },
      payload: bytes,
    });

  test('an upload over the configured limit is refused with 413 naming it; nothing is stored', async () => {
    const before = await rowCounts(database);
    const res = await post(Buffer.alloc(3 * MB, 0x41));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toBe('the file is larger than the 1 MB limit');
    expect(await rowCounts(database)).toEqual(before);
    const health = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
  });

  test('an anonymous upload is refused with 401 before its body is read', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=contracts',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'x.csv' },
      payload: Buffer.alloc(900 * 1024, 0x41),
    });
    expect(res.statusCode).toBe(401);
  });

  test('a retried upload with the same Idempotency-Key replays the first answer and imports once', async () => {
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/imports?kind=contracts',
        headers: {
          cookie: analyst.cookie,
          'x-csrf-token': analyst.csrfToken,
          'content-type': 'text/csv',
          'x-file-name': 'retry.csv',
          'idempotency-key': 'upload-retry-1',
        },
        payload: Buffer.alloc(256 * 1024, 0x41),
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(202);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
  });

  test('a zip bomb fails quickly with its reason, within 50 MB of memory, and changes nothing', async () => {
    const bomb = minimalXlsx(
      await inflatingEntry('xl/worksheets/sheet1.xml', 210 * MB, SHEET_PREFIX, SHEET_SUFFIX),
    );
    expect(bomb.length).toBeLessThan(1 * MB);
    const before = await rowCounts(database);
    const run = await measured(() => importFile(app, analyst, 'kind=contracts', bomb, 'bomb.xlsx'));
    const result = run.outcome;
    if (result instanceof Error) throw result;
    expect(result.status).toBe('failed');
    expect(result.errors[0]?.message).toMatch(/zip bomb/i);
    expect(run.ms).toBeLessThan(2000);
    expect(run.rssMb).toBeLessThan(50);
    expect(await rowCounts(database)).toEqual(before);
  });

  test('a truncated workbook and malformed XML fail with a clear reason', async () => {
    const good = minimalXlsx(deflatedEntry('xl/worksheets/sheet1.xml', `${SHEET_PREFIX}${SHEET_SUFFIX}`));
    const truncated = await importFile(app, analyst, 'kind=contracts', good.subarray(0, 60), 'cut.xlsx');
    expect(truncated.status).toBe('failed');
    const broken = minimalXlsx(deflatedEntry('xl/worksheets/sheet1.xml', `${SHEET_PREFIX}<row><c>`));
    const malformed = await importFile(app, analyst, 'kind=contracts', broken, 'broken.xlsx');
    expect(malformed.status).toBe('failed');
    expect(malformed.errors[0]?.message).toMatch(/damaged|not a valid/i);
  });

  test('an import cut off by a server stop is marked failed at the next start', async () => {
    const id = await insertImport(database.db, {
      user_id: analystId,
      enterprise_id: null,
      kind: 'contracts',
      mode: 'all-or-nothing',
      file_name: 'cut-off.csv',
      content_sha256: 'f'.repeat(64),
      status: 'running',
      rows_total: 0,
      summary_json: '{}',
      errors_json: '[]',
      created_at: '2026-03-01T08:00:00.000Z',
    });
    expect(await failAbandonedImports(database.db, new Date('2026-03-01T09:00:00.000Z'))).toBe(1);
    const row = await findImport(database.db, id);
    expect(row).toMatchObject({ status: 'failed', finished_at: '2026-03-01T09:00:00.000Z' });
    expect(row?.errors_json).toContain('import the file again');
  });
});
