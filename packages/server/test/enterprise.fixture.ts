import { usccCheckCharacter } from '@greenshore/core';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../src/auth/password.ts';
import { insertUser } from '../src/auth/users.repository.ts';
import type { Database } from '../src/db/dialect.ts';
import type { LoggedIn } from './app.harness.ts';

export const PASSWORD = 'correct horse battery';

/** A valid unified social credit code, different for each n (GB 32100 check character included). */
export function validUscc(n: number): string {
  const first17 = `91360100MA${String(n).padStart(7, '0')}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

export interface Places {
  honggutan: number;
  hitech: number;
  /** A park in the hi-tech zone. */
  hitechPark: number;
  /** A park in Honggutan. */
  honggutanPark: number;
}

/** Two districts of the demo city, each with one park. */
export async function insertPlaces(database: Database): Promise<Places> {
  const district = async (code: string, nameEn: string) =>
    (
      await database.db
        .insertInto('districts')
        .values({ code, city_code: '360100', province_code: '360000', name_zh: nameEn, name_en: nameEn })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const park = async (districtId: number, nameEn: string) =>
    (
      await database.db
        .insertInto('parks')
        .values({ district_id: districtId, name_zh: nameEn, name_en: nameEn })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const honggutan = await district('360113', 'Honggutan District');
  const hitech = await district('360191', 'Hi-tech Zone');
  return {
    honggutan,
    hitech,
    hitechPark: await park(hitech, 'Software Park'),
    honggutanPark: await park(honggutan, 'Finance Street'),
  };
}

/** An enterprise row as the seed writes them (private, ITO-01, no park). */
export async function insertEnterpriseRow(
  database: Database,
  n: number,
  districtId: number,
): Promise<number> {
  const row = await database.db
    .insertInto('enterprises')
    .values({
      uscc: validUscc(n),
      name_zh: `企业${n}`,
      name_en: `Enterprise ${n}`,
      district_id: districtId,
      park_id: null,
      city_code: '360100',
      ownership: 'private',
      investor_country: null,
      fdi_currency: null,
      fdi_amount_minor: null,
      fdi_amount_fen: null,
      fdi_rate_to_cny: null,
      founded_on: '2015-06-01',
      main_service_code: 'ITO-01',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A filer account bound to its enterprise (createTestUser leaves enterprise_id null). */
export async function insertFiler(database: Database, email: string, enterpriseId: number): Promise<number> {
  return insertUser(database.db, {
    email,
    password_hash: await hashPassword(PASSWORD),
    role: 'enterprise',
    enterprise_id: enterpriseId,
    institute_id: null,
    display_name: email,
    created_at: '2026-01-01T00:00:00.000Z',
  });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

/** A logged-in client: JSON requests with the session cookie and CSRF token. */
export function clientOf(app: FastifyInstance, session: LoggedIn) {
  return (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
export type Client = ReturnType<typeof clientOf>;

/** Rows per table (and audit entries other than access.denied), to prove a refused request changed nothing. */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const tables = ['enterprises', 'certifications', 'contracts', 'contract_executions', 'settings'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const audit = await database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '!=', 'access.denied')
    .where('action', 'not like', 'auth.%')
    .executeTakeFirstOrThrow();
  counts.audit = Number(audit.n);
  return counts;
}
