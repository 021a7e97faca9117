import type { FilingInput } from '@greenshore/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../src/db/dialect.ts';
import { ensureFactorLibrary } from '../src/seed/reference-data.ts';
import { createTestUser, type LoggedIn, login } from './app.harness.ts';
import { insertFiler, PASSWORD } from './enterprise.fixture.ts';

/** A district (created once per code) and an enterprise in it, inserted directly. */
export async function insertEnterprise(
  database: Database,
  opts: {
    uscc: string;
    districtCode?: string;
    mainServiceCode?: string;
    ownership?: string;
    foundedOn?: string;
  },
): Promise<number> {
  const db = database.db;
  const code = opts.districtCode ?? '360102';
  const existing = await db.selectFrom('districts').select('id').where('code', '=', code).executeTakeFirst();
  const districtId =
    existing?.id ??
    (
      await db
        .insertInto('districts')
        .values({
          code,
          city_code: '360100',
          province_code: '360000',
          name_zh: `区${code}`,
          name_en: `D${code}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const now = '2026-01-01T00:00:00.000Z';
  const row = await db
    .insertInto('enterprises')
    .values({
      uscc: opts.uscc,
      name_zh: `企业${opts.uscc.slice(-4)}`,
      name_en: `Enterprise ${opts.uscc.slice(-4)}`,
      district_id: districtId,
      park_id: null,
      city_code: '360100',
      ownership: opts.ownership ?? 'private',
      investor_country: null,
      fdi_currency: null,
      fdi_amount_minor: null,
      fdi_amount_fen: null,
      fdi_rate_to_cny: null,
      founded_on: opts.foundedOn ?? '2015-06-01',
      main_service_code: opts.mainServiceCode ?? 'ITO-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ReportWorld {
  enterpriseA: number;
  enterpriseB: number;
  filerA: LoggedIn;
  filerB: LoggedIn;
  analyst: LoggedIn;
  admin: LoggedIn;
}

/** Two enterprises with a filer each, an analyst and an admin, logged in; the factor library stored. */
export async function reportWorld(
  database: Database,
  app: FastifyInstance,
  prefix = '',
): Promise<ReportWorld> {
  await ensureFactorLibrary(database.db, '2026-01-01T00:00:00.000Z');
  const enterpriseA = await insertEnterprise(database, { uscc: `${prefix}91360100MA0000000A` });
  const enterpriseB = await insertEnterprise(database, { uscc: `${prefix}91360100MA0000000B` });
  await insertFiler(database, `${prefix}filer-a@example.test`, enterpriseA);
  await insertFiler(database, `${prefix}filer-b@example.test`, enterpriseB);
  await createTestUser(database, `${prefix}analyst@example.test`, PASSWORD, 'analyst');
  await createTestUser(database, `${prefix}admin@example.test`, PASSWORD, 'admin');
  return {
    enterpriseA,
    enterpriseB,
    filerA: await login(app, `${prefix}filer-a@example.test`, PASSWORD),
    filerB: await login(app, `${prefix}filer-b@example.test`, PASSWORD),
    analyst: await login(app, `${prefix}analyst@example.test`, PASSWORD),
    admin: await login(app, `${prefix}admin@example.test`, PASSWORD),
  };
}

/** A plausible quarterly filing (quarter 1–4 of a year), with figures to vary. */
export function quarterFiling(
  year: number,
  quarter: 1 | 2 | 3 | 4,
  figures: { revenueCny?: number; electricityKwh?: number; employees?: number; labourCny?: number } = {},
): FilingInput {
  const first = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const employees = figures.employees ?? 100;
  return {
    period: { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(first + 2)}-${pad(lastDay)}` },
    gridRegion: 'central',
    revenue: [
      { category: 'ITO-01', amountCny: figures.revenueCny ?? 3_000_000, clientCountry: 'JP' },
      { category: 'BPO-02', amountCny: 500_000, clientCountry: 'CN' },
    ],
    employees: {
      average: employees,
      collegeEducated: Math.floor(employees * 0.8),
      newHires: 5,
      newGraduateHires: 3,
    },
    costs: {
      rentCny: 150_000,
      utilitiesCny: 40_000,
      otherIntermediateCny: 60_000,
      depreciationCny: 75_000,
      labourCny: figures.labourCny ?? 1_200_000,
    },
    taxes: { vatCny: 90_000, corporateIncomeTaxCny: 30_000 },
    energy: { electricityKwh: figures.electricityKwh ?? 90_000 },
  };
}

/** An API call as a logged-in user, with the CSRF token on unsafe methods. */
export function call(
  app: FastifyInstance,
  who: LoggedIn,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...headers },
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });
}

/**
 * Rows a refused request must not add: reports, versions and report audit entries (denied accesses
 * are audited by design, after the response, so they are not counted).
 */
export async function rowCounts(database: Database) {
  const db = database.db;
  const n = (row: { n: number | string | bigint }) => Number(row.n);
  const countAll = (table: 'reports' | 'report_versions') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
      .then(n);
  const audit = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', 'like', 'report.%')
    .executeTakeFirstOrThrow()
    .then(n);
  return { reports: await countAll('reports'), versions: await countAll('report_versions'), audit };
}

export type Figures = Parameters<typeof quarterFiling>[2];

/**
 * The workflow as filer A and the analyst: a draft, any action on a report, and an approved report.
 * Takes a getter because suites build their app and world in beforeAll.
 */
export function workflowSteps(ctx: () => { app: FastifyInstance; w: ReportWorld }) {
  const draft = async (year: number, q: 1 | 2 | 3 | 4, figures: Figures = {}) => {
    const { app, w } = ctx();
    const res = await call(app, w.filerA, 'POST', `/enterprises/${w.enterpriseA}/reports`, {
      periodType: 'quarterly',
      filing: quarterFiling(year, q, figures),
    });
    if (res.statusCode !== 201) throw new Error(`draft not created: ${res.statusCode} ${res.body}`);
    return res.json().id as number;
  };
  const step = (who: LoggedIn, id: number, action: string, body: unknown = {}, headers = {}) =>
    call(ctx().app, who, 'POST', `/reports/${id}/${action}`, body, headers);
  const approved = async (year: number, q: 1 | 2 | 3 | 4, figures: Figures = {}) => {
    const { w } = ctx();
    const id = await draft(year, q, figures);
    if ((await step(w.filerA, id, 'submit')).statusCode !== 200) throw new Error('submit refused');
    if ((await step(w.analyst, id, 'approve')).statusCode !== 200) throw new Error('approve refused');
    return id;
  };
  return { draft, step, approved };
}
