import { calibrateSoftwareShare, SOFTWARE_SHARE_TARGET } from './calibrate.ts';
import { generateContracts } from './contracts.gen.ts';
import type { DemoCity } from './demo-city.types.ts';
import { DEMO_CITY, DEMO_DISTRICTS, DEMO_PARKS } from './districts.ts';
import { generateEnterprises } from './enterprises.gen.ts';
import { buildReport } from './filing.gen.ts';
import { generateInstitutes } from './institutes.gen.ts';
import { createRng } from './prng.ts';
import { draftReports } from './reports.gen.ts';
import { assignStatuses } from './statuses.ts';

/** The default seed: the last day of the seed text's reference year. */
export const DEFAULT_DEMO_SEED = 20221231;
export const DEMO_ENTERPRISE_COUNT = 300;
/** The year whose approved reports are calibrated to the seed's 87.3% software share. */
export const CALIBRATED_YEAR = 2024;

/**
 * The demo city (modelled on Nanchang), pure and deterministic: the same seed gives the same city on
 * every machine. Each part draws from its own named PRNG stream, so changing one part never shifts
 * the numbers of another.
 */
export function generateDemoCity(seed: number = DEFAULT_DEMO_SEED): DemoCity {
  const rng = createRng(seed);
  const profiles = generateEnterprises(rng.fork('enterprises'), DEMO_ENTERPRISE_COUNT);
  const drafts = assignStatuses(rng.fork('statuses'), draftReports(rng.fork('reports'), profiles));
  const calibrated = calibrateSoftwareShare(drafts, CALIBRATED_YEAR, SOFTWARE_SHARE_TARGET);
  const filings = rng.fork('filings');
  const reports = calibrated.map((draft) =>
    buildReport(filings.fork(`${draft.profile.enterprise.key}:${draft.quarter.label}`), draft),
  );
  const { institutes, cohorts } = generateInstitutes(rng.fork('institutes'));
  return {
    seed,
    ...DEMO_CITY,
    districts: DEMO_DISTRICTS.map((d) => ({ ...d })),
    parks: DEMO_PARKS.map((p) => ({ ...p })),
    enterprises: profiles.map((p) => p.enterprise),
    contracts: generateContracts(rng.fork('contracts'), profiles),
    reports,
    institutes,
    cohorts,
  };
}
