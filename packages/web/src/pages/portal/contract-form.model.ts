import type { FieldIssue } from '../../api.client.ts';
import { issuesByField } from './report-issues.model.ts';

/** Contract and execution forms: the texts the user typed → the API bodies. */

export interface ContractFormState {
  clientName: string;
  clientCountry: string;
  serviceCode: string;
  signedOn: string;
  currency: string;
  amount: string;
  rateToCny: string;
}

export const emptyContract = (): ContractFormState => ({
  clientName: '',
  clientCountry: '',
  serviceCode: 'ITO-01',
  signedOn: '',
  currency: 'CNY',
  amount: '',
  rateToCny: '',
});

export function contractBody(f: ContractFormState) {
  const currency = f.currency.trim().toUpperCase();
  return {
    clientName: f.clientName,
    clientCountry: f.clientCountry.trim().toUpperCase(),
    serviceCode: f.serviceCode,
    signedOn: f.signedOn,
    value: {
      currency,
      amount: f.amount.trim(),
      ...(f.rateToCny.trim() === '' ? {} : { rateToCny: f.rateToCny.trim() }),
    },
  };
}

export interface ExecutionFormState {
  periodStart: string;
  periodEnd: string;
  amount: string;
}

export function executionBody(f: ExecutionFormState) {
  return { periodStart: f.periodStart, periodEnd: f.periodEnd, amount: f.amount.trim() };
}

/** Server issues by form field: `value.amount` of the API is the form's `amount`. */
export function formIssues(issues: readonly FieldIssue[]): Record<string, string> {
  const byPath = issuesByField(issues);
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath))
    out[path.replace(/^(body\.)?(value\.)?/, '')] = message;
  return out;
}
