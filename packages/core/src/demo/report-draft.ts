import type { Quarter } from './calendar.ts';
import type { DemoReportStatus } from './demo-city.types.ts';
import type { EnterpriseProfile } from './enterprise-profile.ts';

export interface RevenueLine {
  category: string;
  amountCny: number;
  clientCountry: string;
}

/** A data slip a reviewer would catch; applied to the filing so the return reason is true. */
export type FilingAnomaly =
  | 'electricity-in-mwh'
  | 'one-month-labour'
  | 'annual-rent'
  | 'college-equals-headcount';

/** A quarter's report before its filing is derived: headcount, revenue lines and workflow state. */
export interface ReportDraft {
  profile: EnterpriseProfile;
  quarter: Quarter;
  headcount: number;
  newHires: number;
  newGraduateHires: number;
  lines: RevenueLine[];
  status: DemoReportStatus;
  returnReason: string | null;
  explanation: string | null;
  anomaly: FilingAnomaly | null;
}
