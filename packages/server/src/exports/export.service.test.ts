import { beforeAll, expect, test } from 'vitest';
import { createTestUser } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { insertEnterprise } from '../../test/report.fixture.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { findUserById } from '../auth/users.repository.ts';
import { HttpError } from '../http/http-errors.ts';
import { exportFile, exportFileName } from './export.service.ts';

describeEachDatabase('export service', (use) => {
  let admin: UserRow;
  const ctx = () => ({ database: use(), clock: () => new Date('2026-12-31T23:59:59Z') });

  beforeAll(async () => {
    await insertEnterprise(use(), { uscc: '91360100MA0000000A' });
    await insertEnterprise(use(), { uscc: '91360100MA0000000B' });
    const id = await createTestUser(use(), 'admin@example.test', 'correct horse battery', 'admin');
    admin = (await findUserById(use().db, id)) as UserRow;
  });

  test('more rows than the cap: 400 asking to narrow the filters, nothing written', async () => {
    const request = { kind: 'enterprises', format: 'csv', lang: 'en', filters: {} } as const;
    const refused = exportFile(ctx(), admin, request, 1);
    await expect(refused).rejects.toBeInstanceOf(HttpError);
    await expect(refused).rejects.toMatchObject({
      statusCode: 400,
      message: 'too many rows, narrow the filters',
    });
    const file = await exportFile(ctx(), admin, request, 2);
    expect(file).toMatchObject({ rowCount: 2, fileName: 'greenshore-enterprises-20261231.csv' });
  });

  test('the file name is dated by the clock in UTC', () => {
    expect(exportFileName('indicators', 'xlsx', new Date('2026-01-02T00:30:00+08:00'))).toBe(
      'greenshore-indicators-20260101.xlsx',
    );
  });
});
