import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAdmin, loadConfig, openReadyDatabase } from '@greenshore/server';
import { sql } from 'kysely';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { freshDatabase, testDialects } from '../../../server/test/databases.harness.ts';
import { buildProgram } from '../main.ts';
import { AUDIT_BROKEN, runAuditVerify } from './audit.command.ts';

const PASSWORD = 'violet harbour lantern';

for (const kind of testDialects()) {
  describe(`runAuditVerify [${kind}]`, () => {
    test('intact: exit 0 with the entry count; a row changed in the database: exit 3 naming it', async () => {
      const fresh = await freshDatabase(kind);
      try {
        const { database } = fresh;
        for (const who of ['one', 'two', 'three']) {
          await createAdmin(database, `${who}@example.test`, PASSWORD, new Date('2026-03-01T08:00:00Z'));
        }
        expect(await runAuditVerify(database)).toEqual({
          stdout: 'audit chain intact: 3 entries\n',
          exitCode: 0,
        });

        const drop =
          kind === 'sqlite'
            ? 'DROP TRIGGER audit_log_no_update'
            : 'DROP TRIGGER audit_log_append_only ON audit_log';
        await sql.raw(drop).execute(database.db);
        await sql`update audit_log set detail_json = ${'{"role":"analyst","via":"cli"}'} where id = 2`.execute(
          database.db,
        );
        expect(await runAuditVerify(database)).toEqual({
          stdout:
            'audit chain broken at entry #2: hash does not match the stored contents: the entry was changed\n',
          exitCode: AUDIT_BROKEN,
        });
      } finally {
        await fresh.dispose();
      }
    });
  });
}

describe('greenshore audit verify (end to end through the command line parser)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  test('prints the verdict and sets the exit code on the configured database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-cli-audit-'));
    vi.stubEnv('DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', undefined);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const run = () => buildProgram().parseAsync(['node', 'greenshore', 'audit', 'verify']);
    try {
      const database = await openReadyDatabase(loadConfig());
      await createAdmin(database, 'first@example.test', PASSWORD, new Date('2026-03-01T08:00:00Z'));
      await createAdmin(database, 'second@example.test', PASSWORD, new Date('2026-03-01T08:01:00Z'));
      await run();
      expect(out).toHaveBeenLastCalledWith('audit chain intact: 2 entries\n');
      expect(process.exitCode).toBe(0);

      await sql.raw('DROP TRIGGER audit_log_no_delete').execute(database.db);
      await sql`delete from audit_log where id = 1`.execute(database.db);
      await database.close();
      await run();
      expect(out).toHaveBeenLastCalledWith(
        'audit chain broken at entry #2: prev_hash is not the genesis hash: entries before #2 were removed\n',
      );
      expect(process.exitCode).toBe(AUDIT_BROKEN);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
