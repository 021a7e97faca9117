import { type FocusArea, SERVICE_CODES } from '@greenshore/core';
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../db/database.types.ts';

export const ENTERPRISE_SORTS = ['name', 'uscc', 'district'] as const;
export type EnterpriseSort = (typeof ENTERPRISE_SORTS)[number];

export interface EnterpriseFilter {
  q?: string | undefined;
  districtCode?: string | undefined;
  ownership?: string | undefined;
  mainServiceCode?: string | undefined;
  focusArea?: FocusArea | undefined;
  /** ISO country of a client in one of the enterprise's contracts. */
  country?: string | undefined;
}

export interface EnterpriseOrder {
  sort?: EnterpriseSort | undefined;
  order?: 'asc' | 'desc' | undefined;
}

/** LIKE pattern for "contains": the user's % and _ are matched literally, not as wildcards. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}

function codesOf(area: FocusArea): string[] {
  return SERVICE_CODES.filter((c) => c.focusArea === area).map((c) => c.code);
}

type Eb = ExpressionBuilder<DB, 'enterprises' | 'districts'>;

function textMatch(eb: Eb, text: string) {
  const pattern = containsPattern(text);
  return eb.or([
    sql<boolean>`lower(enterprises.name_zh) like ${pattern} escape '\\'`,
    sql<boolean>`lower(enterprises.name_en) like ${pattern} escape '\\'`,
    sql<boolean>`lower(enterprises.uscc) like ${pattern} escape '\\'`,
  ]);
}

/** The WHERE of the enterprise list; every filter given must hold. */
export function matches(filter: EnterpriseFilter) {
  return (eb: Eb) => {
    const conditions = [];
    if (filter.q) conditions.push(textMatch(eb, filter.q));
    if (filter.districtCode) conditions.push(eb('districts.code', '=', filter.districtCode));
    if (filter.ownership) conditions.push(eb('enterprises.ownership', '=', filter.ownership));
    if (filter.mainServiceCode)
      conditions.push(eb('enterprises.main_service_code', '=', filter.mainServiceCode));
    if (filter.focusArea) {
      // 'other' and any area without codes match nothing rather than everything.
      const codes = codesOf(filter.focusArea);
      conditions.push(codes.length ? eb('enterprises.main_service_code', 'in', codes) : sql<boolean>`1 = 0`);
    }
    if (filter.country) {
      const country = filter.country;
      conditions.push(
        eb.exists(
          eb
            .selectFrom('contracts')
            .select('contracts.id')
            .whereRef('contracts.enterprise_id', '=', 'enterprises.id')
            .where('contracts.client_country', '=', country),
        ),
      );
    }
    return eb.and(conditions);
  };
}

const SORT_COLUMNS = {
  name: 'enterprises.name_en',
  uscc: 'enterprises.uscc',
  district: 'districts.code',
} as const;

/** Sorted by the chosen column, then by id so pages never overlap or skip rows on ties. */
export function ordered<O>(
  q: SelectQueryBuilder<DB, 'enterprises' | 'districts', O>,
  order: EnterpriseOrder,
): SelectQueryBuilder<DB, 'enterprises' | 'districts', O> {
  const direction = order.order ?? 'asc';
  const sorted = order.sort ? q.orderBy(SORT_COLUMNS[order.sort], direction) : q;
  return sorted.orderBy('enterprises.id', order.sort ? 'asc' : direction);
}
