import {
  CONTRACT_COLUMNS,
  CONTRACTS_SHEET,
  EXECUTION_COLUMNS,
  EXECUTIONS_SHEET,
} from './contracts.columns.ts';
import {
  CERTIFICATION_COLUMNS,
  CERTIFICATIONS_SHEET,
  ENTERPRISE_COLUMNS,
  ENTERPRISES_SHEET,
} from './enterprises.columns.ts';
import type { ImportKind } from './exchange-column.ts';
import type { SheetSpec } from './import-plan.ts';
import {
  CLOUD_COLUMNS,
  CLOUD_SHEET,
  HARDWARE_COLUMNS,
  HARDWARE_SHEET,
  REPORT_COLUMNS,
  REPORTS_SHEET,
} from './reports.columns.ts';

/** The data sheets of each kind, in template order: the first is the one a CSV usually carries. */
export const KIND_SHEETS: Record<ImportKind, readonly SheetSpec[]> = {
  enterprises: [
    { name: ENTERPRISES_SHEET, columns: ENTERPRISE_COLUMNS },
    { name: CERTIFICATIONS_SHEET, columns: CERTIFICATION_COLUMNS },
  ],
  contracts: [
    { name: CONTRACTS_SHEET, columns: CONTRACT_COLUMNS },
    { name: EXECUTIONS_SHEET, columns: EXECUTION_COLUMNS },
  ],
  reports: [
    { name: REPORTS_SHEET, columns: REPORT_COLUMNS },
    { name: HARDWARE_SHEET, columns: HARDWARE_COLUMNS },
    { name: CLOUD_SHEET, columns: CLOUD_COLUMNS },
  ],
};
