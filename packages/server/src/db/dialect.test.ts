import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { describeEachDatabase, freshDatabase, testDialects } from '../../test/databases.harness.ts';
import { assertDurability, DurabilityError, isUniqueViolation } from './dialect.ts';

const now = '2026-01-01T00:00:00.000Z';

describeEachDatabase('database layer', (use) => {
  test('boots durable: the settings asserted at boot hold', async () => {
    await expect(assertDurability(use())).resolves.toBeUndefined();
  });

  test('money in fen round-trips as an exact integer beyond 32 bits', async () => {
    const { db } = use();
    const d = await db
      .insertInto('districts')
      .values({
        code: '360102',
        city_code: '360100',
        province_code: '360000',
        name_zh: '东湖区',
        name_en: 'Donghu',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('enterprises')
      .values({
        uscc: '91360100MA35XXXX1A',
        name_zh: '测试',
        name_en: 'Test',
        district_id: d.id,
        city_code: '360100',
        ownership: 'private',
        registered_capital_fen: 9_007_199_254_740_991,
        main_service_code: 'ITO-01',
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'registered_capital_fen'])
      .executeTakeFirstOrThrow();
    expect(row.registered_capital_fen).toBe(9_007_199_254_740_991);
    const again = await db
      .insertInto('districts')
      .values({ code: '360102', city_code: '360100', province_code: '360000', name_zh: 'x', name_en: 'x' })
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(again)).toBe(true);
  });

  test('the audit log is append-only in the database itself', async () => {
    const { db } = use();
    await db
      .insertInto('audit_log')
      .values({ at: now, action: 'test', detail_json: '{}', prev_hash: '0', hash: '1' })
      .execute();
    await expect(db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('audit_log').select('action').execute();
    expect(rows).toEqual([{ action: 'test' }]);
  });
});

describe('durability refusal', () => {
  test.runIf(testDialects().includes('sqlite'))(
    'a non-durable SQLite setting stops the boot and names it',
    async () => {
      const fresh = await freshDatabase('sqlite', { migrate: false });
      try {
        await sql`PRAGMA synchronous = NORMAL`.execute(fresh.database.db);
        const err = await assertDurability(fresh.database).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DurabilityError);
        expect((err as Error).message).toMatch(/synchronous is 1, must be 2/);
      } finally {
        await fresh.dispose();
      }
    },
  );
});

describe('PostgreSQL connection loss', () => {
  test.runIf(testDialects().includes('postgres'))(
    'an idle connection terminated by the server does not crash the process; the next query reconnects',
    async () => {
      const fresh = await freshDatabase('postgres');
      try {
        const { db } = fresh.database;
        const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid;
        const admin = await freshDatabase('postgres', { migrate: false });
        await sql`select pg_terminate_backend(${pid})`.execute(admin.database.db);
        await admin.dispose();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const again = await sql<{ one: number }>`select 1 as one`.execute(db);
        expect(again.rows[0]?.one).toBe(1);
      } finally {
        await fresh.dispose();
      }
    },
  );
});
