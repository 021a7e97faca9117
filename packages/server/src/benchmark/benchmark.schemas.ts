import { z } from 'zod';

export const benchmarkQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .describe('Default: the latest year with an approved report of the enterprise'),
});

const figures = z.object({
  footprintLocationTCo2e: z.number(),
  footprintMarketTCo2e: z.number(),
  valueAddedCny: z.number(),
  intensityKgCo2ePer10kCny: z.number().nullable(),
});

const quartiles = z.object({ p25: z.number(), p50: z.number(), p75: z.number() }).nullable();

export const benchmarkDto = z.object({
  enterpriseId: z.number().int(),
  year: z.number().int(),
  focusArea: z.string(),
  own: figures.nullable().describe('null when the enterprise has no approved report in the year'),
  peerCount: z.number().int().describe('Other enterprises of the focus area with approved reports'),
  minPeers: z.number().int(),
  peers: z
    .object({
      footprintLocationTCo2e: quartiles,
      footprintMarketTCo2e: quartiles,
      valueAddedCny: quartiles,
      intensityKgCo2ePer10kCny: quartiles,
    })
    .nullable()
    .describe('Quartiles of the anonymised peers; null when there are fewer than minPeers'),
});
