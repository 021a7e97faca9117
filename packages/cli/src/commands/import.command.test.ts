import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAdmin } from '@greenshore/server';
import { describe, expect, test } from 'vitest';
import { freshDatabase, testDialects } from '../../../server/test/databases.harness.ts';
import {
  insertEnterpriseRow,
  insertFiler,
  insertPlaces,
  validUscc,
} from '../../../server/test/enterprise.fixture.ts';
import { runImport } from './import.command.ts';

const HEADER =
  '统一社会信用代码 / USCC,合同编号 / Contract reference,客户名称 / Client name,客户国家/地区 / Client country,服务代码 / Service code,签订日期 / Signed on,币种 / Currency,合同金额 / Amount,对人民币汇率 / Rate to CNY';
const line = (n: number, ref: string, amount: string) =>
  `${validUscc(n)},${ref},Kansai K.K.,JP,ITO-01,2025-04-01,JPY,${amount},0.04704`;

/** Collects what the command writes to stderr (not a TTY: percentage lines). */
function capture() {
  const chunks: string[] = [];
  const stream = { isTTY: false, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

for (const kind of testDialects()) {
  describe(`greenshore import [${kind}]`, () => {
    test('imports a file as the first admin; an invalid one exits 1 naming row and column; --as scopes a filer', async () => {
      const fresh = await freshDatabase(kind);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-cli-import-'));
      try {
        const { database } = fresh;
        await createAdmin(
          database,
          'admin@example.test',
          'violet harbour lantern',
          new Date('2026-03-01T08:00:00Z'),
        );
        const places = await insertPlaces(database);
        const mine = await insertEnterpriseRow(database, 1, places.honggutan);
        await insertEnterpriseRow(database, 2, places.hitech);
        await insertFiler(database, 'filer@example.test', mine);
        const good = path.join(dir, 'good.csv');
        fs.writeFileSync(good, [HEADER, line(1, 'C-1', '1000'), line(2, 'C-2', '2000')].join('\n'));
        const err = capture();
        const ok = await runImport(database, good, { kind: 'contracts', mode: 'all-or-nothing' }, err.stream);
        expect(ok.exitCode).toBe(0);
        expect(ok.text).toMatch(
          /^import #1 succeeded: 2 created, 0 updated, 0 unchanged, 0 skipped, 0 errors/,
        );
        expect(err.text()).toContain('100% (2/2 rows)');

        const bad = path.join(dir, 'bad.csv');
        fs.writeFileSync(bad, [HEADER, line(1, 'C-3', '1000'), line(1, 'C-4', 'abc')].join('\n'));
        const refused = await runImport(
          database,
          bad,
          { kind: 'contracts', mode: 'all-or-nothing' },
          capture().stream,
        );
        expect(refused.exitCode).toBe(1);
        expect(refused.text).toContain('row 3, 合同金额 / Amount: "abc": must be a number');

        const other = path.join(dir, 'other.csv');
        fs.writeFileSync(other, [HEADER, line(2, 'C-5', '1000')].join('\n'));
        const asFiler = await runImport(
          database,
          other,
          { kind: 'contracts', mode: 'all-or-nothing', as: 'filer@example.test' },
          capture().stream,
        );
        expect(asFiler.exitCode).toBe(1);
        expect(asFiler.text).toContain('not your enterprise');
        const count = await database.db
          .selectFrom('contracts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(2);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        await fresh.dispose();
      }
    });
  });
}
