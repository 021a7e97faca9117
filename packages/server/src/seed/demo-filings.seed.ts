import {
  CALCULATION_VERSION,
  calculateFiling,
  type DemoCity,
  type FactorLibrary,
  isOffshoreCountry,
} from '@greenshore/core';
import type { Transaction } from 'kysely';
import { chunks } from '../db/batch.ts';
import type { DB } from '../db/database.types.ts';
import { must, type PlaceIds } from './demo-places.seed.ts';

/** Reports (each with version 1 and its computed result), contracts with executions, and cohorts. */
export async function seedFilings(
  trx: Transaction<DB>,
  city: DemoCity,
  ids: PlaceIds,
  library: FactorLibrary,
  now: string,
): Promise<void> {
  const computed = city.reports.map((r) => {
    const calc = calculateFiling(r.filing, library);
    if (!calc.ok)
      throw new Error(`demo report of ${r.enterpriseKey} is invalid: ${JSON.stringify(calc.issues)}`);
    return { demo: r, enterpriseId: must(ids.enterprise, r.enterpriseKey, 'enterprise'), result: calc.value };
  });
  const reportRows = computed.map((c) => ({
    enterprise_id: c.enterpriseId,
    period_type: c.demo.periodType,
    period_start: c.demo.filing.period.start,
    period_end: c.demo.filing.period.end,
    status: c.demo.status,
    current_version: 1,
    created_at: now,
    updated_at: now,
  }));
  for (const batch of chunks(reportRows)) await trx.insertInto('reports').values(batch).execute();
  const reportIds = new Map(
    (
      await trx.selectFrom('reports').select(['id', 'enterprise_id', 'period_start', 'period_end']).execute()
    ).map((r) => [`${r.enterprise_id}/${r.period_start}/${r.period_end}`, r.id]),
  );
  const versionRows = computed.map((c) => ({
    report_id: must(
      reportIds,
      `${c.enterpriseId}/${c.demo.filing.period.start}/${c.demo.filing.period.end}`,
      'report',
    ),
    version: 1,
    status: c.demo.status,
    filing_json: JSON.stringify(c.demo.filing),
    result_json: JSON.stringify(c.result),
    calculation_version: CALCULATION_VERSION,
    factor_ids: JSON.stringify(c.result.factors.map((f) => f.id)),
    explanation: c.demo.explanation,
    return_reason: c.demo.returnReason,
    change_reason: null,
    actor_user_id: null,
    created_at: now,
  }));
  for (const batch of chunks(versionRows, 100))
    await trx.insertInto('report_versions').values(batch).execute();
  await seedContracts(trx, city, ids, now);
  const cohorts = city.cohorts.map((c) => ({
    institute_id: must(ids.institute, c.instituteKey, 'institute'),
    name_zh: c.nameZh,
    name_en: c.nameEn,
    focus_area: c.focusArea,
    start_on: c.startOn,
    end_on: c.endOn,
    enrolled: c.enrolled,
    completed: c.completed,
    certified: c.certified,
    placed: c.placed,
    created_at: now,
  }));
  for (const batch of chunks(cohorts)) await trx.insertInto('cohorts').values(batch).execute();
}

async function seedContracts(
  trx: Transaction<DB>,
  city: DemoCity,
  ids: PlaceIds,
  now: string,
): Promise<void> {
  const executions = [];
  for (const c of city.contracts) {
    const row = await trx
      .insertInto('contracts')
      .values({
        enterprise_id: must(ids.enterprise, c.enterpriseKey, 'enterprise'),
        client_name: c.clientName,
        client_country: c.clientCountry,
        service_code: c.serviceCode,
        signed_on: c.signedOn,
        currency: c.currency,
        value_minor: c.valueMinor,
        value_fen: c.valueFen,
        rate_to_cny: c.rateToCny,
        offshore: isOffshoreCountry(c.clientCountry) ? 1 : 0,
        reference: c.reference,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const x of c.executions) {
      executions.push({
        contract_id: row.id,
        period_start: x.periodStart,
        period_end: x.periodEnd,
        amount_minor: x.amountMinor,
        amount_fen: x.amountFen,
        created_at: now,
      });
    }
  }
  for (const batch of chunks(executions)) await trx.insertInto('contract_executions').values(batch).execute();
}
