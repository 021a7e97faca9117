import { calculateFiling, DEFAULT_FACTOR_LIBRARY } from '@greenshore/core';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { filingArb } from '../../core/src/calc/filing.arbitrary.ts';
import { ensureFactorLibrary } from '../../server/src/seed/reference-data.ts';
import { createTestUser, type LoggedIn, login, testApp } from '../../server/test/app.harness.ts';
import { describeEachDatabase } from '../../server/test/databases.harness.ts';
import { runCalc } from './commands/calc.command.ts';

/**
 * spec/calculation.md: the CLI, the API and the core function "must agree to the last digit".
 * The API reads its factor library from the database, the CLI from the shipped data.
 */
describeEachDatabase('calculation surfaces agree', (use) => {
  let app: FastifyInstance;
  let session: LoggedIn;

  beforeAll(async () => {
    await ensureFactorLibrary(use().db, '2026-01-01T00:00:00.000Z');
    await createTestUser(use(), 'filer@example.test', 'a-good-long-password', 'enterprise');
    app = await testApp(use());
    session = await login(app, 'filer@example.test', 'a-good-long-password');
  });
  afterAll(() => app.close());

  const postCalc = (body: unknown) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/calc',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      payload: body as object,
    });

  test('core, CLI and API return identical JSON for random valid filings', async () => {
    await fc.assert(
      fc.asyncProperty(filingArb, async (filing) => {
        const core = calculateFiling(filing, DEFAULT_FACTOR_LIBRARY);
        expect(core.ok).toBe(true);
        const cli = runCalc(JSON.stringify(filing), { explain: false, lang: 'en' });
        expect(cli.exitCode).toBe(0);
        const api = await postCalc(filing);
        expect(api.statusCode).toBe(200);
        const coreText = JSON.stringify(core.ok && core.value);
        expect(JSON.stringify(JSON.parse(cli.stdout))).toBe(coreText);
        expect(api.body).toBe(coreText);
      }),
      { numRuns: 40 },
    );
  });

  test.each([
    ['negative amount', { revenue: [{ category: 'ITO-01', amountCny: -1, clientCountry: 'JP' }] }],
    ['unknown category', { revenue: [{ category: 'XYZ', amountCny: 1, clientCountry: 'JP' }] }],
    ['unknown country', { revenue: [{ category: 'ITO-01', amountCny: 1, clientCountry: 'ZZ' }] }],
    ['unknown region', { gridRegion: 'atlantis' }],
    ['end before start', { period: { start: '2022-12-31', end: '2022-01-01' } }],
    ['college > average', { employees: { average: 1, collegeEducated: 5 } }],
    ['green > electricity', { energy: { electricityKwh: 1, greenElectricityKwh: 2 } }],
    ['unknown key', { bonus: true }],
  ])('bad input (%s): the API answers 400 with the very issues the CLI prints', async (_rule, patch) => {
    const filing = { ...validFiling(), ...patch };
    const cli = runCalc(JSON.stringify(filing), { explain: false, lang: 'en' });
    expect(cli.exitCode).toBe(2);
    expect(cli.stdout).toBe('');
    const api = await postCalc(filing);
    expect(api.statusCode).toBe(400);
    const apiLines = api
      .json()
      .issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}\n`);
    expect(apiLines.join('')).toBe(cli.stderr);
  });

  test('the calculation needs a logged-in user', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/calc', payload: validFiling() });
    expect(res.statusCode).toBe(401);
  });
});

function validFiling() {
  return {
    period: { start: '2024-01-01', end: '2024-03-31' },
    gridRegion: 'central',
    revenue: [{ category: 'ITO-01', amountCny: 1_000_000, clientCountry: 'JP' }],
    employees: { average: 10, collegeEducated: 9 },
    costs: { rentCny: 1, utilitiesCny: 1, otherIntermediateCny: 1, depreciationCny: 1, labourCny: 1 },
    energy: { electricityKwh: 10_000 },
  };
}
