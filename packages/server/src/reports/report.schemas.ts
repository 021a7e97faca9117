import { filingSchema } from '@greenshore/core';
import { z } from 'zod';
import { listOf, listQuery } from '../http/common.schemas.ts';
import { PERIOD_TYPES } from './report-period.ts';

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export const periodTypeSchema = z.enum(PERIOD_TYPES);
const text = z.string().trim().min(1).max(4000);

const FILING_EXAMPLE = {
  period: { start: '2024-04-01', end: '2024-06-30' },
  gridRegion: 'central',
  revenue: [
    { category: 'ITO-01', amountCny: 2_400_000, clientCountry: 'JP' },
    { category: 'OTHER', amountCny: 100_000, clientCountry: 'CN' },
  ],
  employees: { average: 120, collegeEducated: 100, newHires: 6, newGraduateHires: 4 },
  costs: {
    rentCny: 150_000,
    utilitiesCny: 40_000,
    otherIntermediateCny: 60_000,
    depreciationCny: 75_000,
    labourCny: 1_250_000,
  },
  taxes: { vatCny: 72_000, corporateIncomeTaxCny: 30_000 },
  energy: { electricityKwh: 100_000 },
};

// Strict bodies: a server-owned field (status, enterpriseId, approvedBy, result, version) is refused
// with a 400 naming it, never silently dropped.
export const reportBody = z
  .strictObject({ periodType: periodTypeSchema, filing: filingSchema })
  .meta({ examples: [{ periodType: 'quarterly', filing: FILING_EXAMPLE }] });

export const submitBody = z
  .strictObject({ explanation: text.optional().describe('Why any flagged figure is right') })
  .optional()
  .meta({ examples: [{ explanation: 'Electricity rose because the new data centre opened in May.' }] });

export const approveBody = z
  .strictObject({})
  .optional()
  .meta({ examples: [{}] });

export const returnBody = z
  .strictObject({ reason: text.describe('What the filer must correct') })
  .meta({ examples: [{ reason: 'Electricity looks like MWh, not kWh; please correct.' }] });

export const amendBody = z
  .strictObject({
    filing: filingSchema,
    reason: text.describe('Why the approved figures change'),
    explanation: text.optional().describe('Why any flagged figure is right'),
  })
  .meta({ examples: [{ filing: FILING_EXAMPLE, reason: 'Audited accounts corrected Q2 revenue.' }] });

export const reportListQuery = listQuery.extend({
  status: z.enum(REPORT_STATUSES).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  periodType: periodTypeSchema.optional(),
});

// Codes as stored: an old version may carry a code a later release renamed.
export const flagDto = z.object({ code: z.string(), message: z.string(), field: z.string() });

export const reportDto = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  periodType: periodTypeSchema,
  period: z.object({ start: z.string(), end: z.string() }),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  filing: z.record(z.string(), z.unknown()).describe('The period filing (calculation.md "Input")'),
  result: z.record(z.string(), z.unknown()).describe('Its computed result (calculation.md "Result")'),
  flags: z.array(flagDto),
  explanation: z.string().nullable(),
  returnReason: z.string().nullable(),
  updatedAt: z.string(),
});
export type ReportDto = z.infer<typeof reportDto>;

export const versionDto = z.object({
  version: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  action: z.enum(['created', 'replaced', 'submitted', 'approved', 'returned', 'amended']),
  reason: z.string().nullable().describe('Why: amendment reason, return reason or explanation'),
  actor: z.object({ id: z.number().int(), email: z.string() }).nullable(),
  at: z.string(),
  explanation: z.string().nullable(),
  returnReason: z.string().nullable(),
  changeReason: z.string().nullable(),
  calculationVersion: z.string(),
  factorIds: z.array(z.string()),
  flags: z.array(flagDto),
  filing: z.record(z.string(), z.unknown()).describe('The filing as stored in this version'),
  result: z.record(z.string(), z.unknown()),
});
export type VersionDto = z.infer<typeof versionDto>;

export const reportList = listOf(reportDto);
export const versionList = listOf(versionDto);
