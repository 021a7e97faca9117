import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { freshDatabase, testDialects } from '../../test/databases.harness.ts';
import type { Database, DialectKind } from '../db/dialect.ts';
import { chainHash, entryOfRow, recordAudit } from './audit.repository.ts';
import { verifyAuditChain } from './audit-verify.ts';

async function withChain(kind: DialectKind, entries: number, body: (database: Database) => Promise<void>) {
  const fresh = await freshDatabase(kind);
  try {
    for (let i = 1; i <= entries; i++) {
      await recordAudit(fresh.database.db, kind, {
        at: `2026-03-01T08:00:${String(i).padStart(2, '0')}.000Z`,
        actorUserId: i % 2 ? null : i,
        action: 'test.event',
        entity: 'report',
        entityId: String(i),
        detail: { n: i, nested: { zh: '低碳', list: [i, null, true] }, ratio: 0.1 + i },
      });
    }
    await body(fresh.database);
  } finally {
    await fresh.dispose();
  }
}

/** The append-only triggers stop the application itself; a tamperer with database access drops them. */
async function dropAppendOnlyTriggers(database: Database): Promise<void> {
  const statements =
    database.kind === 'sqlite'
      ? ['DROP TRIGGER audit_log_no_update', 'DROP TRIGGER audit_log_no_delete']
      : ['DROP TRIGGER audit_log_append_only ON audit_log'];
  for (const s of statements) await sql.raw(s).execute(database.db);
}

for (const kind of testDialects()) {
  describe(`audit verify [${kind}]`, () => {
    test('an empty log and an untouched log are intact', async () => {
      await withChain(kind, 0, async (database) => {
        expect(await verifyAuditChain(database.db)).toEqual({ intact: true, entries: 0 });
      });
      await withChain(kind, 5, async (database) => {
        expect(await verifyAuditChain(database.db)).toEqual({ intact: true, entries: 5 });
      });
    });

    test('the triggers refuse a change made through the database', async () => {
      await withChain(kind, 2, async (database) => {
        await expect(
          database.db.updateTable('audit_log').set({ detail_json: '{}' }).where('id', '=', 1).execute(),
        ).rejects.toThrow(/append-only/);
      });
    });

    test('a row changed directly in the database is named', async () => {
      await withChain(kind, 5, async (database) => {
        await dropAppendOnlyTriggers(database);
        await database.db
          .updateTable('audit_log')
          .set({ detail_json: '{"n":99}' })
          .where('id', '=', 3)
          .execute();
        expect(await verifyAuditChain(database.db)).toEqual({
          intact: false,
          entries: 2,
          brokenAtId: 3,
          reason: 'hash does not match the stored contents: the entry was changed',
        });
      });
    });

    test('a changed actor or timestamp is caught as well', async () => {
      await withChain(kind, 4, async (database) => {
        await dropAppendOnlyTriggers(database);
        await database.db.updateTable('audit_log').set({ actor_user_id: 1 }).where('id', '=', 2).execute();
        expect(await verifyAuditChain(database.db)).toMatchObject({ intact: false, brokenAtId: 2 });
      });
    });

    test('a deleted row is named through the entry after it', async () => {
      await withChain(kind, 5, async (database) => {
        await dropAppendOnlyTriggers(database);
        await database.db.deleteFrom('audit_log').where('id', '=', 3).execute();
        expect(await verifyAuditChain(database.db)).toEqual({
          intact: false,
          entries: 2,
          brokenAtId: 4,
          reason: 'prev_hash does not match entry #2: entry #3 was removed',
        });
      });
    });

    test('a row rewritten with a recomputed hash breaks the link of the entry after it', async () => {
      await withChain(kind, 4, async (database) => {
        await dropAppendOnlyTriggers(database);
        const row = await database.db
          .selectFrom('audit_log')
          .selectAll()
          .where('id', '=', 2)
          .executeTakeFirstOrThrow();
        const forged = { ...row, detail_json: '{"n":2,"forged":true}' };
        const hash = chainHash(row.prev_hash, entryOfRow(forged));
        await database.db
          .updateTable('audit_log')
          .set({ detail_json: forged.detail_json, hash })
          .where('id', '=', 2)
          .execute();
        expect(await verifyAuditChain(database.db)).toEqual({
          intact: false,
          entries: 2,
          brokenAtId: 3,
          reason: 'prev_hash does not match entry #2: that entry was rewritten or an entry removed',
        });
      });
    });

    test('a replaced hash is caught at its own entry', async () => {
      await withChain(kind, 4, async (database) => {
        await dropAppendOnlyTriggers(database);
        await database.db
          .updateTable('audit_log')
          .set({ hash: 'f'.repeat(64) })
          .where('id', '=', 2)
          .execute();
        expect(await verifyAuditChain(database.db)).toMatchObject({ intact: false, brokenAtId: 2 });
      });
    });

    test('detail_json that is not JSON any more is named', async () => {
      await withChain(kind, 2, async (database) => {
        await dropAppendOnlyTriggers(database);
        await database.db
          .updateTable('audit_log')
          .set({ detail_json: '{oops' })
          .where('id', '=', 1)
          .execute();
        expect(await verifyAuditChain(database.db)).toMatchObject({
          brokenAtId: 1,
          reason: expect.stringContaining('not valid JSON'),
        });
      });
    });

    test('removing the first entries is caught at the new first entry', async () => {
      await withChain(kind, 3, async (database) => {
        await dropAppendOnlyTriggers(database);
        await database.db.deleteFrom('audit_log').where('id', '=', 1).execute();
        expect(await verifyAuditChain(database.db)).toMatchObject({
          intact: false,
          brokenAtId: 2,
          reason: expect.stringContaining('entries before #2 were removed'),
        });
      });
    });
  });
}

test('any JSON detail hashed at append time is exactly what verify recomputes from the columns', async () => {
  const fresh = await freshDatabase('sqlite');
  try {
    const detail = fc.dictionary(fc.string(), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(detail, async (d) => {
        await recordAudit(fresh.database.db, 'sqlite', {
          at: '2026-03-01T08:00:00.000Z',
          actorUserId: null,
          action: 'property',
          entity: null,
          entityId: null,
          detail: d,
        });
      }),
      { numRuns: 60 },
    );
    expect(await verifyAuditChain(fresh.database.db)).toEqual({ intact: true, entries: 60 });
  } finally {
    await fresh.dispose();
  }
});
