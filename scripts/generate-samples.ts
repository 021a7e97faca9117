/**
 * Writes the sample PDFs of docs/samples/ from the demo city: `npx tsx scripts/generate-samples.ts`.
 * Seeds a throwaway SQLite database, so it never touches a real one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_FACTOR_LIBRARY, LANGUAGES } from '@greenshore/core';
import { cliActor } from '../packages/server/src/auth/cli-actor.ts';
import { openDatabase } from '../packages/server/src/db/dialect.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { documentsOutsideServer } from '../packages/server/src/documents/documents-context.ts';
import { seedDemoCity } from '../packages/server/src/seed/demo.service.ts';

const OUT = path.join(import.meta.dirname, '..', 'docs', 'samples');
const NOW = new Date('2025-06-30T00:00:00Z');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-samples-'));
  // Not the server's index: it imports every route, and the samples need only the documents.
  const database = openDatabase({ kind: 'sqlite', file: path.join(dir, 'demo.db') });
  try {
    await migrateToLatest(database);
    await seedDemoCity(database, { password: 'sample only', library: DEFAULT_FACTOR_LIBRARY, now: NOW });
    const docs = documentsOutsideServer(database, {}, () => NOW);
    const year = Number(process.argv[2] ?? 2024);
    const report = await database.db
      .selectFrom('reports')
      .select('id')
      .where('status', '=', 'approved')
      .where('period_start', '=', `${year}-10-01`)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const contract = await database.db
      .selectFrom('contracts as c')
      .innerJoin('contract_executions as e', 'e.contract_id', 'c.id')
      .select('c.id')
      .where('c.offshore', '=', 1)
      .where('e.period_end', '>=', `${year}-01-01`)
      .where('e.period_end', '<=', `${year}-12-31`)
      .orderBy('c.id')
      .executeTakeFirstOrThrow();
    const analyst = await cliActor(database, 'analyst@demo.greenshore.cn');
    fs.mkdirSync(OUT, { recursive: true });
    for (const lang of LANGUAGES) {
      await write(`annual-report-${year}.${lang}.pdf`, () => docs.annualReport(year, lang));
      await write(`enterprise-statement.${lang}.pdf`, () =>
        docs.enterpriseStatement(analyst, report.id, lang),
      );
      await write(`client-carbon-statement.${lang}.pdf`, () =>
        docs.clientStatement(analyst, contract.id, year, lang),
      );
    }
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function write(name: string, render: () => Promise<{ bytes: Buffer }>): Promise<void> {
  const started = performance.now();
  const { bytes } = await render();
  fs.writeFileSync(path.join(OUT, name), bytes);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`${name}: ${(bytes.length / 1024).toFixed(0)} KiB in ${ms} ms\n`);
}

await main();
