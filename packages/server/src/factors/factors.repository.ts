import {
  FACTOR_KINDS,
  type FactorEntry,
  type FactorKind,
  GRID_REGIONS,
  type GridRegion,
} from '@greenshore/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';

const isKind = (k: string): k is FactorKind => (FACTOR_KINDS as readonly string[]).includes(k);
const isRegion = (r: string): r is GridRegion => (GRID_REGIONS as readonly string[]).includes(r);

/** The factor library as stored (shipped factors plus those an admin added), oldest id order. */
export async function loadFactorLibrary(db: Kysely<DB>): Promise<FactorEntry[]> {
  const rows = await db.selectFrom('emission_factors').selectAll().orderBy('id').execute();
  return rows.flatMap((r) =>
    isKind(r.kind) && isRegion(r.region)
      ? [
          {
            id: r.id,
            kind: r.kind,
            region: r.region,
            year: r.year,
            value: r.value,
            unit: r.unit,
            source: r.source,
            publishedOn: r.published_on ?? '',
          },
        ]
      : [],
  );
}

/** Adds one factor; a unique violation means the id is taken (the caller answers 409). */
export async function insertFactor(db: Kysely<DB>, factor: FactorEntry, nowIso: string): Promise<void> {
  await db
    .insertInto('emission_factors')
    .values({
      id: factor.id,
      kind: factor.kind,
      region: factor.region,
      year: factor.year,
      value: factor.value,
      unit: factor.unit,
      source: factor.source,
      published_on: factor.publishedOn,
      created_at: nowIso,
    })
    .execute();
}
