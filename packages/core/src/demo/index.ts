export { SOFTWARE_SHARE_TARGET } from './calibrate.ts';
export type * from './demo-city.types.ts';
export { DEMO_CITY, DEMO_DISTRICTS, DEMO_PARKS } from './districts.ts';
export {
  CALIBRATED_YEAR,
  DEFAULT_DEMO_SEED,
  DEMO_ENTERPRISE_COUNT,
  generateDemoCity,
} from './generate-demo-city.ts';
export { createRng, type Rng } from './prng.ts';
// The other share helpers stay internal: generic names like offshoreShare belong to the indicators.
export { type ReportFilter, softwareShare } from './shares.ts';
