import { OWNERSHIP_KINDS, SERVICE_CLASSES } from '@greenshore/core';
import { z } from 'zod';

/** The dashboard's filters; every one optional (absent = the whole city, the latest approved year). */
export const dashboardQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('Default: the latest approved year'),
  quarter: z.coerce.number().int().min(1).max(4).optional().describe('KPIs for one quarter of the year'),
  district: z
    .string()
    .regex(/^\d{6}$/, 'a 6-digit district code (GB/T 2260)')
    .optional(),
  park: z.coerce.number().int().positive().optional(),
  ownership: z.enum(OWNERSHIP_KINDS).optional(),
  class: z.enum(SERVICE_CLASSES).optional().describe('Class of the enterprise’s main service code'),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const values = z.record(z.string(), z.number().nullable());
const breakdownEntry = z.object({ amountCny: z.number(), share: z.number().nullable() });

const cityIndicators = z.object({
  year: z.number().int(),
  rowCount: z.number().int(),
  enterpriseCount: z.number().int(),
  values,
  breakdowns: z.record(z.string(), z.record(z.string(), breakdownEntry)),
});

const tile = z.object({
  key: z.string(),
  unit: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  changeRate: z.number().nullable(),
});

const point = z.object({
  label: z.string().describe('2024 or 2024Q1'),
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  enterpriseCount: z.number().int(),
  values,
});

const named = { nameZh: z.string(), nameEn: z.string() };

export const dashboardAnswer = z.object({
  period: z.object({
    year: z.number().int(),
    quarter: z.number().int().nullable(),
    previousYear: z.number().int(),
  }),
  filters: z.object({
    district: z.string().nullable(),
    park: z.number().int().nullable(),
    ownership: z.string().nullable(),
    class: z.string().nullable(),
  }),
  options: z.object({
    years: z.array(z.number().int()),
    districts: z.array(z.object({ code: z.string(), ...named })),
    parks: z.array(z.object({ id: z.number().int(), districtCode: z.string(), ...named })),
    ownerships: z.array(z.string()),
    classes: z.array(z.string()),
  }),
  benchmark: z.object({ kgCo2ePer10kCnyValueAdded: z.number(), year: z.number().int(), source: z.string() }),
  publishedSoftwareShare: z.number().describe('The share of software in the city’s published figure (87.3%)'),
  tiles: z.array(z.object({ outcome: z.string(), items: z.array(tile) })),
  current: cityIndicators,
  previous: cityIndicators,
  series: z.object({ years: z.array(point), quarters: z.array(point) }),
  districts: z.array(z.object({ code: z.string(), ...named, enterpriseCount: z.number().int(), values })),
});
export type DashboardAnswer = z.infer<typeof dashboardAnswer>;
