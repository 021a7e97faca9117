import { labourWithoutEmployeesFlags, taxesAboveRevenueFlags } from './consistency.rules.ts';
import { jumpFlags } from './jump.rules.ts';
import { peerRangeFlags } from './peer-range.rules.ts';
import type { PlausibilityFlag, PlausibilityInput } from './plausibility.types.ts';

/**
 * Every plausibility check on one filing: pure (the caller gathers the previous period and the
 * peers). A flag does not reject the filing; it asks the filer for an explanation before approval.
 */
export function checkPlausibility(input: PlausibilityInput): PlausibilityFlag[] {
  return [
    ...jumpFlags(input.filing, input.previous),
    ...peerRangeFlags(input.filing, input.peerKwhPerEmployee),
    ...taxesAboveRevenueFlags(input.filing),
    ...labourWithoutEmployeesFlags(input.filing),
  ];
}
