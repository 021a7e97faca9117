import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/database.types.ts';
import { findSetting } from './settings.repository.ts';

export const MANUFACTURING_BENCHMARK_KEY = 'indicators.manufacturingBenchmark';

/**
 * The city's manufacturing carbon intensity, against which service outsourcing's avoided emissions
 * are measured (DESIGN.md: "avoided emissions against the city's manufacturing benchmark").
 */
export const manufacturingBenchmarkSchema = z.strictObject({
  kgCo2ePer10kCnyValueAdded: z.number().min(0),
  year: z.number().int().min(2000).max(2100),
  source: z.string().trim().min(1).max(500),
});
export type ManufacturingBenchmark = z.infer<typeof manufacturingBenchmarkSchema>;

/**
 * Default until an admin sets the city's own figure: China's industrial sector emitted roughly
 * 1.8 t CO2 per 10,000 CNY of industrial value added around 2020 (order of magnitude from national
 * energy-related CO2 of industry over NBS industrial value added); marked as an estimate.
 */
export const DEFAULT_MANUFACTURING_BENCHMARK: ManufacturingBenchmark = {
  kgCo2ePer10kCnyValueAdded: 1800,
  year: 2020,
  source:
    'Estimate: national industrial CO2 ÷ industrial value added (NBS), c. 2020; replace with the city figure',
};

export async function readManufacturingBenchmark(db: Kysely<DB>): Promise<ManufacturingBenchmark> {
  const row = await findSetting(db, MANUFACTURING_BENCHMARK_KEY);
  if (!row) return DEFAULT_MANUFACTURING_BENCHMARK;
  const parsed = manufacturingBenchmarkSchema.safeParse(JSON.parse(row.value_json));
  return parsed.success ? parsed.data : DEFAULT_MANUFACTURING_BENCHMARK;
}
