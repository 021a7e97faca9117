import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAdmin, loadConfig, openReadyDatabase } from '@greenshore/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readSpreadsheet } from '../../../server/src/spreadsheets/spreadsheet.reader.ts';
import { freshDatabase, testDialects } from '../../../server/test/databases.harness.ts';
import { insertEnterprise } from '../../../server/test/report.fixture.ts';
import { buildProgram } from '../main.ts';
import { runExport } from './export.command.ts';

const PASSWORD = 'violet harbour lantern';
const NOW = () => new Date('2026-03-01T08:00:00Z');

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-cli-export-'));
}

for (const kind of testDialects()) {
  describe(`runExport [${kind}]`, () => {
    test('writes a readable file of the filtered list, as the first admin', async () => {
      const fresh = await freshDatabase(kind);
      const dir = tempDir();
      try {
        const { database } = fresh;
        await expect(runExport(database, 'enterprises', { format: 'csv' }, NOW)).rejects.toThrow(
          /no admin account/,
        );
        await createAdmin(database, 'first@example.test', PASSWORD, NOW());
        await insertEnterprise(database, { uscc: '91360100MA0000000A', districtCode: '360102' });
        await insertEnterprise(database, { uscc: '91360100MA0000000C', districtCode: '360111' });

        for (const format of ['csv', 'xlsx']) {
          const output = path.join(dir, `out.${format}`);
          const out = await runExport(database, 'enterprises', { format, district: '360111', output }, NOW);
          expect(out).toEqual({ file: output, rows: 1 });
          const book = await readSpreadsheet(fs.readFileSync(output), output);
          const usccAt = book.sheets[0]?.header.findIndex((h) => h.endsWith('/ USCC')) ?? -1;
          expect(book.sheets[0]?.rows.map((r) => r.cells[usccAt])).toEqual(['91360100MA0000000C']);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        await fresh.dispose();
      }
    });
  });
}

describe('greenshore export (through the command line parser)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  test('default file name in the working directory; a filter the kind does not take is refused', async () => {
    const dir = tempDir();
    vi.stubEnv('DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', undefined);
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const database = await openReadyDatabase(loadConfig());
      await createAdmin(database, 'first@example.test', PASSWORD, NOW());
      await database.close();
      const run = (...args: string[]) => buildProgram().parseAsync(['node', 'greenshore', 'export', ...args]);
      await run('indicators', '--format', 'xlsx', '--lang', 'en', '--year', '2024');
      const written = fs.readdirSync(dir).filter((f) => f.startsWith('greenshore-indicators-'));
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^greenshore-indicators-\d{8}\.xlsx$/);
      expect(out).toHaveBeenLastCalledWith(expect.stringMatching(/^Wrote \d+ rows to .*\.xlsx\n$/));
      await expect(run('enterprises', '--format', 'csv', '--year', '2024')).rejects.toThrow(
        /enterprises exports take no --year filter/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown kind or format: a clear error naming the allowed choices', async () => {
    const program = buildProgram().exitOverride();
    for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeErr: () => {} });
    const run = (...args: string[]) => program.parseAsync(['node', 'greenshore', 'export', ...args]);
    await expect(run('nope', '--format', 'csv')).rejects.toThrow(
      /Allowed choices are enterprises, contracts/,
    );
    await expect(run('enterprises', '--format', 'pdf')).rejects.toThrow(/Allowed choices are xlsx, csv/);
  });
});
