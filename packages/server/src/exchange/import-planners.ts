import { planContracts } from './contracts-import.ts';
import { planEnterprises } from './enterprises-import.ts';
import type { ImportKind } from './exchange-column.ts';
import type { Planner } from './import-plan.ts';
import { planReports } from './reports-import.ts';

/** One planner per import kind: each validates its sheets and prepares the writes. */
export const IMPORT_PLANNERS: Record<ImportKind, Planner> = {
  enterprises: planEnterprises,
  contracts: planContracts,
  reports: planReports,
};
