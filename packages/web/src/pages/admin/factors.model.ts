import { FACTOR_KINDS, type FactorEntry, GRID_REGIONS } from '@greenshore/core';
import { apiRequest } from '../../api.client.ts';
import { numberOrText } from './admin-form.model.ts';

export const FACTOR_FIELDS = [
  'id',
  'kind',
  'region',
  'year',
  'value',
  'unit',
  'source',
  'publishedOn',
] as const;
export type FactorField = (typeof FACTOR_FIELDS)[number];
export type FactorForm = Record<FactorField, string>;

export const KIND_OPTIONS = FACTOR_KINDS.map((k) => ({ value: k, label: k }));
export const REGION_OPTIONS = GRID_REGIONS.map((r) => ({ value: r, label: r }));

export function emptyFactorForm(): FactorForm {
  return {
    id: '',
    kind: 'grid-location',
    region: 'national',
    year: '',
    value: '',
    unit: 'kgCO2/kWh',
    source: '',
    publishedOn: '',
  };
}

/** The value stays the decimal text typed (never a float), exactly as the source prints it. */
export async function addFactor(form: FactorForm): Promise<void> {
  await apiRequest<FactorEntry>('POST', '/factors', {
    body: { ...form, year: numberOrText(form.year), value: form.value.trim() },
  });
}

export interface FactorList {
  items: FactorEntry[];
  total: number;
}
