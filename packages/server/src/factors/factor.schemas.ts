import { FACTOR_KINDS, GRID_REGIONS } from '@greenshore/core';
import { z } from 'zod';

/** A non-negative decimal string: the value exactly as the source prints it (0 is a real value). */
const decimalString = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,12})?$/, 'must be a decimal number ≥ 0, such as "0.5703" (0 is allowed)');

export const newFactorBody = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{2,79}$/, 'must be 3–80 lower-case letters, digits, dots or hyphens'),
    kind: z.enum(FACTOR_KINDS),
    region: z.enum(GRID_REGIONS),
    year: z.number().int().min(1990).max(2100),
    value: decimalString,
    unit: z.string().trim().min(1).max(40),
    source: z.string().trim().min(1).max(1000),
    publishedOn: z.iso.date(),
  })
  .meta({
    examples: [
      {
        id: 'cn-grid-central-2023',
        kind: 'grid-location',
        region: 'central',
        year: 2023,
        value: '0.5257',
        unit: 'kgCO2/kWh',
        source: 'MEE 2023 regional grid average emission factors',
        publishedOn: '2024-12-23',
      },
    ],
  });
export type NewFactor = z.infer<typeof newFactorBody>;

export const factorDto = z.object({
  id: z.string(),
  kind: z.string(),
  region: z.string(),
  year: z.number().int(),
  value: z.string(),
  unit: z.string(),
  source: z.string(),
  publishedOn: z.string(),
});
