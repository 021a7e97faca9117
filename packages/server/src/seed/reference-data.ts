import { DEFAULT_FACTOR_LIBRARY } from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

/**
 * The shipped emission-factor library, stored so admins can add to it at run time. Reference
 * data, not demo data: loaded in production too. Existing ids are left untouched.
 */
export async function ensureFactorLibrary(db: Kysely<DB>, nowIso: string): Promise<number> {
  const existing = new Set((await db.selectFrom('emission_factors').select('id').execute()).map((r) => r.id));
  const missing = DEFAULT_FACTOR_LIBRARY.filter((f) => !existing.has(f.id));
  if (missing.length === 0) return 0;
  await db
    .insertInto('emission_factors')
    .values(
      missing.map((f) => ({
        id: f.id,
        kind: f.kind,
        region: f.region,
        year: f.year,
        value: f.value,
        unit: f.unit,
        source: f.source,
        published_on: f.publishedOn ?? null,
        created_at: nowIso,
      })),
    )
    .execute();
  return missing.length;
}
