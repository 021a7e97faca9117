import { DEFAULT_FACTOR_LIBRARY } from '@greenshore/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestUser, type LoggedIn, login, testApp, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase, type FreshDatabase, freshDatabase } from '../../test/databases.harness.ts';
import type { Database } from '../db/dialect.ts';
import { KIND_SHEETS } from '../exchange/exchange-kinds.ts';
import { seedDemoCity } from '../seed/demo.service.ts';
import { ensureFactorLibrary } from '../seed/reference-data.ts';
import { readSpreadsheet } from '../spreadsheets/spreadsheet.reader.ts';
import type { ReadSheet, ReadWorkbook } from '../spreadsheets/spreadsheet.types.ts';
import { exported, importAndWait } from './export-file.fixture.ts';

const PASSWORD = 'correct horse battery';
const KINDS = ['enterprises', 'contracts', 'reports'] as const;

/**
 * Read-only columns that differ by design once the data has been through a file: imported reports are
 * drafts (the demo's reports, stored at version 1, keep their version), rows get the time of import.
 */
const DIFFERING_BY_DESIGN: Record<(typeof KINDS)[number], string[]> = {
  enterprises: ['Updated at'],
  contracts: ['Registered at'],
  reports: ['Status'],
};

/** Database B's reference data: the factor library, and A's districts and parks with the same ids. */
async function copyReferenceData(from: Database, to: Database): Promise<void> {
  await ensureFactorLibrary(to.db, '2026-01-01T00:00:00.000Z');
  const districts = await from.db.selectFrom('districts').selectAll().orderBy('id').execute();
  await to.db.insertInto('districts').values(districts).execute();
  const parks = await from.db.selectFrom('parks').selectAll().orderBy('id').execute();
  await to.db.insertInto('parks').values(parks).execute();
}

const english = (header: string) => header.split(' / ')[1] ?? header;

/** The English headers of the columns whose cells differ in any row between two reads of a sheet. */
function differingColumns(a: ReadSheet, b: ReadSheet): string[] {
  return a.header
    .filter((_, c) => a.rows.some((row, r) => row.cells[c] !== b.rows[r]?.cells[c]))
    .map(english);
}

/** The template columns only, row by row, for a cell-by-cell comparison. */
function templateCells(sheet: ReadSheet, templateWidth: number) {
  return sheet.rows.map((row) => row.cells.slice(0, templateWidth));
}

describeEachDatabase('export, import into an empty database, export again', (useA, kind) => {
  let b: FreshDatabase;
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let adminA: LoggedIn;
  let adminB: LoggedIn;
  const books: Record<string, { a: ReadWorkbook; b: ReadWorkbook }> = {};

  beforeAll(async () => {
    const now = new Date('2026-01-10T00:00:00Z');
    await seedDemoCity(useA(), { password: PASSWORD, library: DEFAULT_FACTOR_LIBRARY, now });
    // The national filing window refuses executions of closed years on import (2022 and 2023 by B's
    // clock): the subset that can travel keeps the executions of 2024 only.
    await useA().db.deleteFrom('contract_executions').where('period_end', '<', '2024-01-01').execute();
    b = await freshDatabase(kind);
    await copyReferenceData(useA(), b.database);
    await createTestUser(useA(), 'admin@example.test', PASSWORD, 'admin');
    await createTestUser(b.database, 'admin@example.test', PASSWORD, 'admin');
    appA = await testApp(useA(), testClock('2026-03-01T08:00:00.000Z'));
    appB = await testApp(b.database, testClock('2025-01-20T08:00:00.000Z'));
    adminA = await login(appA, 'admin@example.test', PASSWORD);
    adminB = await login(appB, 'admin@example.test', PASSWORD);
  }, 300_000);
  afterAll(async () => {
    await appA?.close();
    await appB?.close();
    await b?.dispose();
  });

  test('enterprises, then contracts, then reports import cleanly from A’s XLSX exports', async () => {
    for (const exportKind of KINDS) {
      const fromA = await exported(appA, adminA, `${exportKind}?format=xlsx`);
      const outcome = await importAndWait(appB, adminB, exportKind, fromA.bytes, fromA.fileName);
      expect(outcome.errors.slice(0, 5), exportKind).toEqual([]);
      expect(outcome.status, exportKind).toBe('succeeded');
      const fromB = await exported(appB, adminB, `${exportKind}?format=xlsx`);
      books[exportKind] = {
        a: await readSpreadsheet(fromA.bytes, fromA.fileName),
        b: await readSpreadsheet(fromB.bytes, fromB.fileName),
      };
    }
  }, 600_000);

  test.each(KINDS)(
    '%s: template columns identical cell by cell; only by-design read-only columns differ',
    (k) => {
      const pair = books[k];
      if (!pair) throw new Error(`${k} was not exported (see the import test)`);
      const specs = KIND_SHEETS[k];
      expect(pair.b.sheets.map((s) => s.name)).toEqual(pair.a.sheets.map((s) => s.name));
      const differing = new Set<string>();
      pair.a.sheets.forEach((sheetA, i) => {
        const sheetB = pair.b.sheets[i];
        const width = specs[i]?.columns.length ?? 0;
        if (!sheetB) throw new Error(`no sheet ${sheetA.name} in B`);
        expect(sheetB.header, sheetA.name).toEqual(sheetA.header);
        if (i === 0) expect(sheetA.rows.length, sheetA.name).toBeGreaterThan(0);
        const template = sheetA.header.slice(0, width).map(english);
        const differingTemplate = differingColumns(sheetA, sheetB).filter((c) => template.includes(c));
        expect(differingTemplate, `${sheetA.name}: template columns that differ`).toEqual([]);
        expect(templateCells(sheetB, width), sheetA.name).toEqual(templateCells(sheetA, width));
        for (const column of differingColumns(sheetA, sheetB)) differing.add(column);
        // Everything that differs lies beyond the template columns.
        const readOnly = sheetA.header.slice(width).map(english);
        for (const column of differingColumns(sheetA, sheetB))
          expect(readOnly, sheetA.name).toContain(column);
      });
      expect([...differing].sort()).toEqual([...DIFFERING_BY_DESIGN[k]].sort());
    },
  );
});
