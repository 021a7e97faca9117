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

describeEachDatabase('report amendments and history', (use) => {
  let app: FastifyInstance;
  let w: ReportWorld;

  const { draft, step, approved } = workflowSteps(() => ({ app, w }));

  beforeAll(async () => {
    app = await testApp(use());
    w = await reportWorld(use(), app);
  });
  afterAll(() => app.close());

  test('amendments: the version history is complete, oldest first, with every reason', async () => {
    const id = await approved(2020, 4);
    const amended = await step(w.filerA, id, 'amend', {
      filing: quarterFiling(2020, 4, { revenueCny: 3_300_000 }),
      reason: 'audited accounts',
    });
    expect(amended.json()).toMatchObject({ status: 'submitted', version: 4 });
    expect(amended.json().result.valueAdded.grossOutputCny).toBe(3_800_000);
    await step(w.analyst, id, 'approve');
    const byAnalyst = await step(w.analyst, id, 'amend', {
      filing: quarterFiling(2020, 4, { revenueCny: 3_400_000 }),
      reason: 'tax bureau correction',
    });
    expect(byAnalyst.statusCode).toBe(200);
    await step(w.analyst, id, 'approve');
    const history = (await call(app, w.filerA, 'GET', `/reports/${id}/versions`)).json();
    expect(history.total).toBe(7);
    expect(history.items.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(history.items.map((v: { action: string; reason: string | null }) => [v.action, v.reason])).toEqual(
      [
        ['created', null],
        ['submitted', null],
        ['approved', null],
        ['amended', 'audited accounts'],
        ['approved', null],
        ['amended', 'tax bureau correction'],
        ['approved', null],
      ],
    );
    const revenue = history.items.map(
      (v: { result: { valueAdded: { grossOutputCny: number } } }) => v.result.valueAdded.grossOutputCny,
    );
    expect(revenue).toEqual([3_500_000, 3_500_000, 3_500_000, 3_800_000, 3_800_000, 3_900_000, 3_900_000]);
    // Each version carries the filing it stored, so a reviewer can compare the filing itself.
    const itoRevenue = history.items.map(
      (v: { filing: { revenue: { amountCny: number }[] } }) => v.filing.revenue[0]?.amountCny,
    );
    expect(itoRevenue).toEqual([3_000_000, 3_000_000, 3_000_000, 3_300_000, 3_300_000, 3_400_000, 3_400_000]);
    expect(
      history.items.every(
        (v: { calculationVersion: string; factorIds: string[] }) =>
          v.calculationVersion && v.factorIds.length > 0,
      ),
    ).toBe(true);
  });

  test('an amendment needs a reason and may not move the period', async () => {
    const id = await approved(2020, 3);
    const before = await rowCounts(use());
    const noReason = await step(w.filerA, id, 'amend', { filing: quarterFiling(2020, 3) });
    expect(issuePathsOf(noReason)).toEqual(['reason']);
    const moved = await step(w.filerA, id, 'amend', { filing: quarterFiling(2020, 2), reason: 'x' });
    expect(moved.statusCode).toBe(409);
    expect(issuePathsOf(moved)).toEqual(['filing.period']);
    expect(await rowCounts(use())).toEqual(before);
  });

  test('an idempotent submit retry replays the answer and stores no second version', async () => {
    const id = await draft(2020, 1);
    const first = await step(w.filerA, id, 'submit', {}, { 'idempotency-key': `submit-${id}` });
    const before = await rowCounts(use());
    const retry = await step(w.filerA, id, 'submit', {}, { 'idempotency-key': `submit-${id}` });
    expect(retry.statusCode).toBe(first.statusCode);
    expect(retry.json()).toEqual(first.json());
    expect(await rowCounts(use())).toEqual(before);
  });

  test('report_versions stays append-only: earlier versions keep their stored figures', async () => {
    const rows = await use().db.selectFrom('report_versions').select(['report_id', 'version']).execute();
    const keys = new Set(rows.map((r) => `${r.report_id}/${r.version}`));
    expect(keys.size).toBe(rows.length);
    await expect(
      use().db.updateTable('report_versions').set({ explanation: 'rewritten' }).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
