import type { FilingInput, PeriodResult, PlausibilityFlag } from '@greenshore/core';

/** The API shapes the portal reads (spec/api.md). */

export type ReportStatus = 'draft' | 'submitted' | 'approved' | 'returned';

export interface ReportDto {
  id: number;
  enterpriseId: number;
  periodType: 'monthly' | 'quarterly' | 'annual';
  period: { start: string; end: string };
  status: ReportStatus;
  version: number;
  filing: FilingInput;
  result: PeriodResult;
  flags: PlausibilityFlag[];
  explanation: string | null;
  returnReason: string | null;
  updatedAt: string;
}

export interface ListOf<T> {
  items: T[];
  total: number;
}

export interface Quartiles {
  p25: number;
  p50: number;
  p75: number;
}

export interface BenchmarkFigures {
  footprintLocationTCo2e: number;
  footprintMarketTCo2e: number;
  valueAddedCny: number;
  intensityKgCo2ePer10kCny: number | null;
}

export interface BenchmarkDto {
  enterpriseId: number;
  year: number;
  focusArea: string;
  own: BenchmarkFigures | null;
  peerCount: number;
  minPeers: number;
  peers: Record<keyof BenchmarkFigures, Quartiles | null> | null;
}

export interface MoneyDto {
  currency: string;
  amount: string;
  amountFen: number;
  rateToCny: string;
}

export interface ContractDto {
  id: number;
  clientName: string;
  clientCountry: string;
  offshore: boolean;
  serviceCode: string;
  signedOn: string;
  value: MoneyDto;
}

export interface ExecutionDto {
  id: number;
  periodStart: string;
  periodEnd: string;
  amount: MoneyDto;
}

export const isEditable = (status: ReportStatus) => status === 'draft' || status === 'returned';
