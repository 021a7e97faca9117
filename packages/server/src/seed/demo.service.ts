import { randomBytes } from 'node:crypto';
import { type DemoCity, type FactorLibrary, generateDemoCity } from '@greenshore/core';
import type { Insertable } from 'kysely';
import { appendAudit } from '../audit/audit.repository.ts';
import { hashPassword } from '../auth/password.ts';
import { insertUsers } from '../auth/users.repository.ts';
import { chunks } from '../db/batch.ts';
import type { UsersTable } from '../db/database.types.ts';
import type { Database } from '../db/dialect.ts';
import { seedFilings } from './demo-filings.seed.ts';
import { type PlaceIds, seedPlaces } from './demo-places.seed.ts';

export const DEMO_DOMAIN = 'demo.greenshore.cn';

export type SeedOutcome =
  | { seeded: false; reason: 'not-empty' }
  | { seeded: true; enterprises: number; reports: number; users: number; generatedPassword: string | null };

/** True when nothing a user could have entered exists: the only state the demo may be seeded into. */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const { db } = database;
  const [users, enterprises] = await Promise.all([
    db.selectFrom('users').select('id').limit(1).execute(),
    db.selectFrom('enterprises').select('id').limit(1).execute(),
  ]);
  return users.length === 0 && enterprises.length === 0;
}

/**
 * Seeds the demo city into an empty database, in one transaction (all or nothing). Never seeds
 * over existing data. The password is stored only as an argon2id hash; a generated one is
 * returned so the caller can print it once.
 */
export async function seedDemoCity(
  database: Database,
  opts: { password: string | undefined; library: FactorLibrary; now: Date; seed?: number },
): Promise<SeedOutcome> {
  if (!(await isDatabaseEmpty(database))) return { seeded: false, reason: 'not-empty' };
  const city = generateDemoCity(opts.seed);
  const password = opts.password ?? randomBytes(12).toString('base64url');
  // One hash for every demo account: they share one password, and 300 argon2id hashes would make
  // the first start take a minute for no gain.
  const passwordHash = await hashPassword(password);
  const now = opts.now.toISOString();
  const users = await database.db.transaction().execute(async (trx) => {
    const ids = await seedPlaces(trx, city, now);
    await seedFilings(trx, city, ids, opts.library, now);
    const rows = demoUsers(city, ids, passwordHash, now);
    for (const batch of chunks(rows)) await insertUsers(trx, batch);
    await appendAudit(trx, database.kind, {
      at: now,
      actorUserId: null,
      action: 'demo.seeded',
      entity: 'city',
      entityId: city.cityCode,
      detail: { seed: city.seed, enterprises: city.enterprises.length, reports: city.reports.length },
    });
    return rows.length;
  });
  return {
    seeded: true,
    enterprises: city.enterprises.length,
    reports: city.reports.length,
    users,
    generatedPassword: opts.password ? null : password,
  };
}

/** Demo accounts: the bureau's admin and analyst, one filer per enterprise and per institute. */
export function demoUsers(city: DemoCity, ids: PlaceIds, passwordHash: string, now: string) {
  const base = { password_hash: passwordHash, created_at: now, enterprise_id: null, institute_id: null };
  const rows: Insertable<UsersTable>[] = [
    { ...base, email: `admin@${DEMO_DOMAIN}`, role: 'admin', display_name: 'Bureau administrator' },
    { ...base, email: `analyst@${DEMO_DOMAIN}`, role: 'analyst', display_name: 'Bureau analyst' },
  ];
  city.enterprises.forEach((e, i) => {
    rows.push({
      ...base,
      email: `filer.e${String(i + 1).padStart(3, '0')}@${DEMO_DOMAIN}`,
      role: 'enterprise',
      enterprise_id: ids.enterprise.get(e.key) ?? null,
      display_name: e.nameEn,
    });
  });
  city.institutes.forEach((inst, i) => {
    rows.push({
      ...base,
      email: `filer.i${String(i + 1).padStart(2, '0')}@${DEMO_DOMAIN}`,
      role: 'institute',
      institute_id: ids.institute.get(inst.key) ?? null,
      display_name: inst.nameEn,
    });
  });
  return rows;
}
