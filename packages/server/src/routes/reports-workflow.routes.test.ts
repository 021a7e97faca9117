import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { issuePathsOf, testApp } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import {
  call,
  quarterFiling,
  type ReportWorld,
  reportWorld,
  rowCounts,
  workflowSteps,
} from '../../test/report.fixture.ts';

describeEachDatabase('report workflow routes', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;

  const { draft, step, approved } = workflowSteps(() => ({ app, w }));

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
  });
  afterAll(() => app.close());

  test('draft → submitted → approved, each step a version with who and when', async () => {
    const id = await draft(2023, 1);
    const submitted = await step(w.filerA, id, 'submit', { explanation: 'nothing unusual' });
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      version: 2,
      explanation: 'nothing unusual',
    });
    expect(submitted.headers.etag).toBe(`"report-${id}-v2"`);
    const ok = await step(w.analyst, id, 'approve');
    expect(ok.json()).toMatchObject({ status: 'approved', version: 3 });
    const versions = (await call(app, w.filerA, 'GET', `/reports/${id}/versions`)).json();
    expect(versions.items.map((v: { action: string }) => v.action)).toEqual([
      'created',
      'submitted',
      'approved',
    ]);
    expect(versions.items.map((v: { actor: { email: string } }) => v.actor.email)).toEqual([
      'filer-a@example.test',
      'filer-a@example.test',
      'analyst@example.test',
    ]);
  });

  test('a filer calling approve or return gets 403; an analyst calling submit gets 403', async () => {
    const id = await draft(2023, 2);
    const other = await draft(2023, 3);
    await step(w.filerA, id, 'submit');
    const before = await rowCounts(use());
    expect((await step(w.filerA, id, 'approve')).statusCode).toBe(403);
    expect((await step(w.filerA, id, 'return', { reason: 'x' })).statusCode).toBe(403);
    expect((await step(w.analyst, other, 'submit')).statusCode).toBe(403);
    expect(await rowCounts(use())).toEqual(before);
  });

  test('workflow bypasses answer 409 naming the status and change nothing', async () => {
    const draftId = await draft(2022, 1);
    const approvedId = await approved(2022, 2);
    const before = await rowCounts(use());
    const attempts = [
      step(w.analyst, draftId, 'approve'),
      step(w.analyst, draftId, 'return', { reason: 'too early' }),
      step(w.filerA, draftId, 'amend', { filing: quarterFiling(2022, 1), reason: 'x' }),
      step(w.filerA, approvedId, 'submit'),
      call(
        app,
        w.filerA,
        'PUT',
        `/reports/${approvedId}`,
        { periodType: 'quarterly', filing: quarterFiling(2022, 2) },
        {
          'if-match': `"report-${approvedId}-v3"`,
        },
      ),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(409);
      expect(issuePathsOf(res)).toEqual(['status']);
    }
    expect(await rowCounts(use())).toEqual(before);
  });

  test('return needs a reason (400 naming reason); a returned report is replaced and resubmitted', async () => {
    const id = await draft(2022, 3);
    await step(w.filerA, id, 'submit');
    const before = await rowCounts(use());
    for (const body of [{}, { reason: '   ' }]) {
      const res = await step(w.analyst, id, 'return', body);
      expect(res.statusCode).toBe(400);
      expect(issuePathsOf(res)).toEqual(['reason']);
    }
    expect(await rowCounts(use())).toEqual(before);
    const returned = await step(w.analyst, id, 'return', { reason: 'rent looks annual' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'rent looks annual' });
    const put = await call(
      app,
      w.filerA,
      'PUT',
      `/reports/${id}`,
      { periodType: 'quarterly', filing: quarterFiling(2022, 3) },
      {
        'if-match': returned.headers.etag as string,
      },
    );
    expect(put.json()).toMatchObject({ status: 'returned', returnReason: 'rent looks annual', version: 4 });
    const resubmitted = await step(w.filerA, id, 'submit');
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', returnReason: null, version: 5 });
  });

  test('a flagged report cannot be approved without an explanation (409 naming explanation)', async () => {
    await approved(2021, 1);
    const id = await draft(2021, 2, { electricityKwh: 900_000 }); // ×10: kWh filed as… ten times too much
    const report = (await call(app, w.analyst, 'GET', `/reports/${id}`)).json();
    expect(report.flags.map((f: { code: string }) => f.code)).toEqual(['jump.electricity']);
    expect(report.flags[0]).toMatchObject({ field: 'energy.electricityKwh', message: expect.any(String) });
    await step(w.filerA, id, 'submit');
    const before = await rowCounts(use());
    const refused = await step(w.analyst, id, 'approve');
    expect(refused.statusCode).toBe(409);
    expect(issuePathsOf(refused)).toEqual(['explanation']);
    expect(await rowCounts(use())).toEqual(before);
    await step(w.analyst, id, 'return', { reason: 'please explain the electricity' });
    await step(w.filerA, id, 'submit', { explanation: 'a new server room opened in April' });
    const ok = await step(w.analyst, id, 'approve');
    expect(ok.json()).toMatchObject({ status: 'approved', explanation: 'a new server room opened in April' });
  });
});
