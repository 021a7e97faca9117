import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CertificationsTable, DB, EnterprisesTable } from '../db/database.types.ts';
import { type EnterpriseFilter, type EnterpriseOrder, matches, ordered } from './enterprise-list.filter.ts';

export type { EnterpriseFilter } from './enterprise-list.filter.ts';

/** An enterprise with its district's code (the API addresses districts by code). */
export type EnterpriseRow = Selectable<EnterprisesTable> & { district_code: string };
export type CertificationRow = Selectable<CertificationsTable>;
export type NewCertification = Omit<Insertable<CertificationsTable>, 'enterprise_id' | 'id'>;

/** Enterprises with their district's code: the base of every enterprise read. */
export function selectEnterprises(db: Kysely<DB>) {
  return db
    .selectFrom('enterprises')
    .innerJoin('districts', 'districts.id', 'enterprises.district_id')
    .selectAll('enterprises')
    .select('districts.code as district_code');
}

export function findEnterprise(db: Kysely<DB>, id: number): Promise<EnterpriseRow | undefined> {
  return selectEnterprises(db).where('enterprises.id', '=', id).executeTakeFirst();
}

export function listEnterprises(
  db: Kysely<DB>,
  filter: EnterpriseFilter,
  page: { limit: number; offset: number } & EnterpriseOrder,
): Promise<EnterpriseRow[]> {
  return ordered(selectEnterprises(db).where(matches(filter)), page)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countEnterprises(db: Kysely<DB>, filter: EnterpriseFilter): Promise<number> {
  const row = await db
    .selectFrom('enterprises')
    .innerJoin('districts', 'districts.id', 'enterprises.district_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(matches(filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertEnterprise(
  db: Kysely<DB>,
  values: Insertable<EnterprisesTable>,
): Promise<number> {
  const row = await db.insertInto('enterprises').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Applies changes only if the row is still at `version`, and moves it to the next version; false
 * when another writer got there first (the optimistic-concurrency check that holds under races).
 */
export async function updateEnterpriseIfVersion(
  db: Kysely<DB>,
  id: number,
  version: number,
  changes: Updateable<EnterprisesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('enterprises')
    .set({ ...changes, row_version: version + 1 })
    .where('id', '=', id)
    .where('row_version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listCertifications(db: Kysely<DB>, enterpriseId: number): Promise<CertificationRow[]> {
  return db
    .selectFrom('certifications')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('id')
    .execute();
}

/** The certification set is replaced as a whole (PATCH sends the full set). */
export async function replaceCertifications(
  db: Kysely<DB>,
  enterpriseId: number,
  certifications: NewCertification[],
): Promise<void> {
  await db.deleteFrom('certifications').where('enterprise_id', '=', enterpriseId).execute();
  if (certifications.length === 0) return;
  await db
    .insertInto('certifications')
    .values(certifications.map((c) => ({ ...c, enterprise_id: enterpriseId })))
    .execute();
}

export function findDistrictByCode(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('districts')
    .select(['id', 'code', 'city_code'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export function findPark(db: Kysely<DB>, id: number) {
  return db.selectFrom('parks').select(['id', 'district_id']).where('id', '=', id).executeTakeFirst();
}
