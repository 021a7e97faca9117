/** API shapes the review area reads (spec/api.md; packages/server/src/reports/*.schemas.ts). */

export type ReportStatus = 'draft' | 'submitted' | 'approved' | 'returned';
export type PeriodType = 'monthly' | 'quarterly' | 'annual';

export interface Flag {
  code: string;
  message: string;
  field: string;
}

export interface ReportDto {
  id: number;
  enterpriseId: number;
  periodType: PeriodType;
  period: { start: string; end: string };
  status: ReportStatus;
  version: number;
  filing: Record<string, unknown>;
  result: Record<string, unknown>;
  flags: Flag[];
  explanation: string | null;
  returnReason: string | null;
  updatedAt: string;
}

export interface VersionDto {
  version: number;
  status: ReportStatus;
  action: 'created' | 'replaced' | 'submitted' | 'approved' | 'returned' | 'amended';
  reason: string | null;
  actor: { id: number; email: string } | null;
  at: string;
  explanation: string | null;
  flags: Flag[];
  filing: Record<string, unknown>;
  result: Record<string, unknown>;
}

export interface QueueItem {
  id: number;
  enterpriseId: number;
  enterpriseNameZh: string;
  enterpriseNameEn: string;
  periodType: PeriodType;
  period: { start: string; end: string };
  status: ReportStatus;
  version: number;
  flagCount: number;
  flags: Flag[];
  hasExplanation: boolean;
  explanation: string | null;
  approvable: boolean;
  updatedAt: string;
}

export interface List<T> {
  items: T[];
  total: number;
}
