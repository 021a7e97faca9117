import {
  amountProblem,
  decimalAmountSchema,
  FOCUS_AREAS,
  isCountryCode,
  moneyInputSchema,
  OWNERSHIP_KINDS,
  SERVICE_CODE_KEYS,
  type UsccProblem,
  usccProblem,
} from '@greenshore/core';
import { z } from 'zod';
import { listQuery } from '../http/common.schemas.ts';
import { certificationInput } from './certification.schema.ts';
import { ENTERPRISE_SORTS } from './enterprise-list.filter.ts';

const USCC_MESSAGES: Record<UsccProblem, string> = {
  length: 'must be 18 characters (unified social credit code, GB 32100-2015)',
  characters: 'has characters a credit code cannot contain (no I, O, S, V, Z; characters 3–8 are digits)',
  'check-character': 'the check character (the 18th) does not match: look for a typo (GB 32100-2015)',
};

export const usccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: USCC_MESSAGES[problem] });
  });

export const countryCodeSchema = z
  .string()
  .refine(isCountryCode, 'unknown country: ISO 3166-1 alpha-2 code expected, such as "JP"');

const cnyAmountSchema = decimalAmountSchema.superRefine((amount, ctx) => {
  const problem = amountProblem(amount, 'CNY', { allowZero: true });
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Every profile field; create requires some and defaults the rest, PATCH takes any subset. */
const profileFields = {
  uscc: usccSchema.describe('unified social credit code, 18 characters with its check character'),
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  districtCode: z.string().min(1).max(20),
  parkId: z.number().int().positive().nullable().describe('a park of the district, or null'),
  ownership: z.enum(OWNERSHIP_KINDS),
  investorCountry: countryCodeSchema.nullable().describe('required for foreign, joint-venture and hmt'),
  registeredCapitalCny: cnyAmountSchema.describe('CNY, at most 2 decimals'),
  fdi: moneyInputSchema.nullable().describe('FDI actually utilised; foreign-invested enterprises only'),
  foundedOn: z.iso.date().nullable(),
  mainServiceCode: z.enum(SERVICE_CODE_KEYS),
  tase: z.boolean().describe('recognised as a technologically advanced service enterprise'),
  taseValidTo: z.iso.date().nullable(),
  certifications: z.array(certificationInput).max(50),
};

const EXAMPLE = {
  uscc: '91360100MA35F2XK03',
  nameZh: '赣江软件有限公司',
  nameEn: 'Ganjiang Software Co., Ltd.',
  districtCode: '360113',
  ownership: 'joint-venture',
  investorCountry: 'JP',
  registeredCapitalCny: '20000000.00',
  fdi: { currency: 'JPY', amount: '150000000', rateToCny: '0.04704' },
  mainServiceCode: 'ITO-01',
  certifications: [{ kind: 'CMMI', level: '3', validFrom: '2023-05-01', validTo: '2026-04-30' }],
};

export const createEnterpriseBody = z
  .strictObject({
    ...profileFields,
    parkId: profileFields.parkId.default(null),
    investorCountry: profileFields.investorCountry.default(null),
    registeredCapitalCny: profileFields.registeredCapitalCny.default('0'),
    fdi: profileFields.fdi.default(null),
    foundedOn: profileFields.foundedOn.default(null),
    tase: profileFields.tase.default(false),
    taseValidTo: profileFields.taseValidTo.default(null),
    certifications: profileFields.certifications.default([]),
  })
  .meta({ examples: [EXAMPLE] });
export type CreateEnterpriseInput = z.output<typeof createEnterpriseBody>;

export const patchEnterpriseBody = z
  .strictObject(profileFields)
  .partial()
  .meta({ examples: [{ nameEn: 'Ganjiang Software Group', certifications: EXAMPLE.certifications }] });
export type EnterprisePatch = z.output<typeof patchEnterpriseBody>;

/** Set by the bureau only: identity, jurisdiction and the TASE recognition (see the PATCH summary). */
export const BUREAU_ONLY_FIELDS = ['uscc', 'districtCode', 'tase', 'taseValidTo'] as const;

export const enterpriseListQuery = listQuery.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('part of the Chinese or English name, or the USCC'),
  districtCode: z.string().min(1).max(20).optional(),
  ownership: z.enum(OWNERSHIP_KINDS).optional(),
  mainServiceCode: z.enum(SERVICE_CODE_KEYS).optional(),
  focusArea: z.enum(FOCUS_AREAS).optional().describe('main service code in this focus area'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(countryCodeSchema)
    .optional()
    .describe('has a contract with a client in this ISO country'),
  sort: z.enum(ENTERPRISE_SORTS).optional().describe('name (English), uscc or district code; default id'),
  order: z.enum(['asc', 'desc']).optional(),
});
export type EnterpriseListQuery = z.output<typeof enterpriseListQuery>;
