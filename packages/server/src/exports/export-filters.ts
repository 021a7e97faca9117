import { LANGUAGES } from '@greenshore/core';
import { z } from 'zod';
import type { UserRow } from '../auth/users.repository.ts';
import { enterpriseListQuery } from '../enterprises/enterprise-input.schemas.ts';
import { forbidden } from '../http/http-errors.ts';
import { assertEnterpriseAccess, isBureau } from '../http/tenant-access.ts';
import { reviewQueueQuery } from '../reports/review-queue.schemas.ts';
import { completenessQuery } from '../routes/completeness.routes.ts';
import { indicatorsQuery } from '../routes/indicators.routes.ts';

export const EXPORT_KINDS = ['enterprises', 'contracts', 'reports', 'indicators', 'completeness'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const noPaging = { limit: true, offset: true } as const;

/** Each kind's filters are its list's own query, without paging: an export has every matching row. */
export const EXPORT_FILTERS = {
  enterprises: enterpriseListQuery.omit(noPaging),
  contracts: z.object({ enterpriseId: z.coerce.number().int().positive().optional() }),
  reports: reviewQueueQuery.omit(noPaging),
  indicators: indicatorsQuery,
  completeness: completenessQuery.omit(noPaging),
} as const;

export type ExportFilters = { [K in ExportKind]: z.output<(typeof EXPORT_FILTERS)[K]> };

/** What every export takes besides the filters. */
export const exportOptions = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  lang: z.enum(LANGUAGES).default('zh-CN'),
});

/** Kinds a filer may export, always narrowed to its own enterprise. */
const FILER_KINDS: readonly ExportKind[] = ['contracts', 'reports'];

/**
 * The lists' access rules: bureau staff export anything; a filer only its own contracts and reports
 * (another enterprise's id answers 404, as the lists do), every other kind 403.
 */
export function scopeFilters<K extends ExportKind>(
  actor: UserRow,
  kind: K,
  filters: ExportFilters[K],
): ExportFilters[K] {
  if (isBureau(actor)) return filters;
  if (!FILER_KINDS.includes(kind) || actor.role !== 'enterprise' || actor.enterprise_id === null) {
    throw forbidden();
  }
  const asked = (filters as { enterpriseId?: number }).enterpriseId;
  if (asked !== undefined) assertEnterpriseAccess(actor, asked);
  return { ...filters, enterpriseId: actor.enterprise_id };
}
