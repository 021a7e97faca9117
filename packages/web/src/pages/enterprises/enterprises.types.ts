/** API shapes the enterprises area reads (packages/server/src/enterprises, contracts, reports). */

export interface EnterpriseSummary {
  id: number;
  uscc: string;
  nameZh: string;
  nameEn: string;
  districtCode: string;
  ownership: string;
  mainServiceCode: string;
  tase: boolean;
}

export interface Money {
  currency: string;
  amount: string;
  /** CNY fen. */
  amountFen: number;
  rateToCny: string;
}

export interface Enterprise extends EnterpriseSummary {
  investorCountry: string | null;
  registeredCapitalCny: string;
  fdi: Money | null;
  foundedOn: string | null;
  taseValidTo: string | null;
  certifications: { kind: string; level: string | null; validFrom: string; validTo: string }[];
}

export interface Contract {
  id: number;
  clientName: string;
  clientCountry: string;
  offshore: boolean;
  serviceCode: string;
  signedOn: string;
  value: Money;
}

export interface Execution {
  id: number;
  periodStart: string;
  periodEnd: string;
  amount: Money;
}

export interface TaseCheck {
  rule: 'college-share' | 'service-outsourcing-share' | 'offshore-share';
  value: number | null;
  threshold: number;
  pass: boolean;
}
