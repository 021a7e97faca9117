import type { OwnershipKind } from '../catalogue/other-codes.ts';
import type { FilingInput } from '../filing/filing.schema.ts';

/**
 * The demo city as plain data: what `generateDemoCity(seed)` returns and the server's seed service
 * stores. Keys (`key`) are stable, human-readable identifiers used to link records before the
 * database assigns ids.
 */
export interface DemoDistrict {
  key: string;
  /** 6-digit administrative division code (GB/T 2260), e.g. 360102 for Donghu. */
  code: string;
  nameZh: string;
  nameEn: string;
  /** true for development zones (ETDZ, High-tech Zone…) that are not administrative districts. */
  isZone: boolean;
}

export interface DemoPark {
  key: string;
  districtKey: string;
  nameZh: string;
  nameEn: string;
}

export interface DemoCertification {
  kind: 'CMMI' | 'ISO27001' | 'ISO20000' | 'ISO9001' | 'CMMI-SVC';
  level: string | null;
  validFrom: string;
  validTo: string;
}

export interface DemoEnterprise {
  key: string;
  uscc: string;
  nameZh: string;
  nameEn: string;
  districtKey: string;
  parkKey: string | null;
  ownership: OwnershipKind;
  /** ISO country of the foreign/HMT investor, null for domestic firms. */
  investorCountry: string | null;
  registeredCapitalFen: number;
  /** FDI actually utilised, in the original currency (minor units) and in CNY fen with the rate used. */
  fdi: { currency: string; amountMinor: number; amountFen: number; rateToCny: string } | null;
  foundedOn: string;
  tase: boolean;
  certifications: DemoCertification[];
  /** The focus area of most of its revenue: used for peer groups. */
  mainServiceCode: string;
}

export interface DemoContractExecution {
  periodStart: string;
  periodEnd: string;
  amountMinor: number;
  amountFen: number;
}

export interface DemoContract {
  key: string;
  enterpriseKey: string;
  /** The enterprise's own contract number, e.g. `C-2025-0042`: unique per enterprise. */
  reference: string;
  clientName: string;
  clientCountry: string;
  serviceCode: string;
  signedOn: string;
  currency: string;
  valueMinor: number;
  valueFen: number;
  /** Exchange rate to CNY used, as a decimal string (never a float in storage). */
  rateToCny: string;
  executions: DemoContractExecution[];
}

export type DemoReportStatus = 'draft' | 'submitted' | 'approved' | 'returned';

export interface DemoReport {
  enterpriseKey: string;
  periodType: 'quarterly';
  filing: FilingInput;
  status: DemoReportStatus;
  returnReason: string | null;
  explanation: string | null;
}

export interface DemoInstitute {
  key: string;
  uscc: string;
  nameZh: string;
  nameEn: string;
  districtKey: string;
}

export interface DemoCohort {
  instituteKey: string;
  nameZh: string;
  nameEn: string;
  focusArea: string;
  startOn: string;
  endOn: string;
  enrolled: number;
  completed: number;
  certified: number;
  placed: number;
}

export interface DemoCity {
  seed: number;
  cityCode: string;
  cityNameZh: string;
  cityNameEn: string;
  provinceCode: string;
  districts: DemoDistrict[];
  parks: DemoPark[];
  enterprises: DemoEnterprise[];
  contracts: DemoContract[];
  reports: DemoReport[];
  institutes: DemoInstitute[];
  cohorts: DemoCohort[];
}
