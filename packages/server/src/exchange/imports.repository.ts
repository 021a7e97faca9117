import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DB, ImportsTable } from '../db/database.types.ts';

export type ImportRow = Selectable<ImportsTable>;

/** Who sees which imports: a filer its enterprise's, bureau staff all. */
export interface ImportVisibility {
  enterpriseId: number | null;
}

export async function insertImport(db: Kysely<DB>, values: Insertable<ImportsTable>): Promise<number> {
  const row = await db.insertInto('imports').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function finishImport(
  db: Kysely<DB>,
  id: number,
  values: Pick<ImportRow, 'status' | 'rows_total' | 'summary_json' | 'errors_json' | 'finished_at'>,
): Promise<void> {
  await db.updateTable('imports').set(values).where('id', '=', id).execute();
}

/**
 * Imports still 'running' when a server starts were cut off by the previous process stopping; their
 * transaction never committed, so they changed nothing, and saying so beats a spinner forever.
 */
export async function failAbandonedImports(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db
    .updateTable('imports')
    .set({
      status: 'failed',
      finished_at: now.toISOString(),
      errors_json: JSON.stringify([ABANDONED]),
    })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

const ABANDONED = {
  sheet: '',
  row: 0,
  column: '',
  value: '',
  message: 'the server stopped while this import ran; nothing was changed: import the file again',
};

export function findImport(db: Kysely<DB>, id: number): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The earlier successful import of the same file by the same scope (enterprise, or the city: null). */
export function findSucceededImport(
  db: Kysely<DB>,
  kind: string,
  sha256: string,
  enterpriseId: number | null,
): Promise<Pick<ImportRow, 'id'> | undefined> {
  let query = db
    .selectFrom('imports')
    .select('id')
    .where('kind', '=', kind)
    .where('content_sha256', '=', sha256)
    .where('status', '=', 'succeeded');
  query =
    enterpriseId === null
      ? query.where('enterprise_id', 'is', null)
      : query.where('enterprise_id', '=', enterpriseId);
  return query.orderBy('id').limit(1).executeTakeFirst();
}

export function listImports(
  db: Kysely<DB>,
  scope: ImportVisibility,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('imports').selectAll();
  if (scope.enterpriseId !== null) query = query.where('enterprise_id', '=', scope.enterpriseId);
  return query.orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
}

export async function countImports(db: Kysely<DB>, scope: ImportVisibility): Promise<number> {
  let query = db.selectFrom('imports').select((eb) => eb.fn.countAll<number>().as('n'));
  if (scope.enterpriseId !== null) query = query.where('enterprise_id', '=', scope.enterpriseId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
