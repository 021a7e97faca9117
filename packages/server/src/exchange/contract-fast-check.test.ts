import { toCnyAmount } from '@greenshore/core';
import { expect, test } from 'vitest';
import { createContractBody } from '../contracts/contract-input.schemas.ts';
import { fastContract } from './contract-fast-check.ts';

const BASE = {
  clientName: 'Kansai K.K.',
  clientCountry: 'JP',
  serviceCode: 'ITO-01',
  signedOn: '2025-04-01',
  value: { currency: 'JPY', amount: '48000000', rateToCny: '0.04704' },
  reference: 'C-1',
};
const VARIANTS: Record<string, unknown>[] = [
  BASE,
  { ...BASE, reference: undefined },
  { ...BASE, value: { currency: 'CNY', amount: '100.50' } },
  { ...BASE, value: { currency: 'CNY', amount: '100.50', rateToCny: '1.000' } },
  { ...BASE, value: { currency: 'CNY', amount: '100.50', rateToCny: '7.1' } },
  { ...BASE, value: { currency: 'JPY', amount: '100.5', rateToCny: '0.05' } },
  { ...BASE, value: { currency: 'JPY', amount: '0', rateToCny: '0.05' } },
  { ...BASE, value: { currency: 'JPY', amount: '-5', rateToCny: '0.05' } },
  { ...BASE, value: { currency: 'JPY', amount: '100' } },
  { ...BASE, value: { currency: 'JPY', amount: '100', rateToCny: '0' } },
  { ...BASE, value: { currency: 'USD', amount: '90071992547409.91', rateToCny: '7.2' } },
  { ...BASE, value: { currency: 'usd', amount: '1', rateToCny: '7.2' } },
  { ...BASE, value: { currency: 'XXY', amount: '1', rateToCny: '7.2' } },
  { ...BASE, value: { currency: 'USD', amount: '1', rateToCny: '7.2', extra: 1 } },
  { ...BASE, signedOn: '2025-02-29' },
  { ...BASE, signedOn: '2024-02-29' },
  { ...BASE, signedOn: '0999-01-01' },
  { ...BASE, clientCountry: 'XX' },
  { ...BASE, clientCountry: 'jp' },
  { ...BASE, serviceCode: 'ITO-99' },
  { ...BASE, clientName: '' },
  { ...BASE, clientName: 'x'.repeat(201) },
  { ...BASE, reference: 'r'.repeat(61) },
  { ...BASE, status: 'approved' },
];

test('the hand-compiled contract check never accepts what createContractBody refuses, and converts alike', () => {
  for (const body of VARIANTS) {
    const fast = fastContract(JSON.parse(JSON.stringify(body)));
    const parsed = createContractBody.safeParse(body);
    if (fast) {
      expect(parsed.success, JSON.stringify(body)).toBe(true);
      if (parsed.success) expect(fast.value).toEqual(toCnyAmount(parsed.data.value));
    }
  }
  expect(VARIANTS.filter((b) => fastContract(JSON.parse(JSON.stringify(b)))).length).toBe(5);
});
