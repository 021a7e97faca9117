import { describe, expect, test } from 'vitest';
import { isForeignInvested } from '../catalogue/other-codes.ts';
import { findServiceCode } from '../catalogue/service-codes.ts';
import { minorUnitsToFen } from '../money/money.ts';
import { generateDemoCity } from './generate-demo-city.ts';

describe('demo city records', () => {
  const city = generateDemoCity();

  test('ownership mix holds domestic, foreign-invested and HMT-invested firms', () => {
    const kinds = new Set(city.enterprises.map((e) => e.ownership));
    expect(kinds).toEqual(new Set(['private', 'state', 'foreign', 'joint-venture', 'hmt']));
    const foreignInvested = city.enterprises.filter((e) => isForeignInvested(e.ownership)).length;
    expect(foreignInvested / city.enterprises.length).toBeGreaterThan(0.15);
    expect(foreignInvested / city.enterprises.length).toBeLessThan(0.5);
  });

  test('headcounts are heavy-tailed: most firms 20–150, a few 800–3000', () => {
    const q1 = city.reports.filter((r) => r.filing.period.start === '2022-01-01');
    const heads = q1.map((r) => r.filing.employees.average);
    expect(heads.filter((h) => h >= 20 && h <= 150).length / heads.length).toBeGreaterThan(0.7);
    const big = heads.filter((h) => h >= 800 && h <= 3000).length;
    expect(big).toBeGreaterThanOrEqual(3);
    expect(big).toBeLessThanOrEqual(20);
  });

  test('statuses include all four; 2024 Q4 is a mix; returned reports carry a bilingual reason', () => {
    expect(new Set(city.reports.map((r) => r.status))).toEqual(
      new Set(['draft', 'submitted', 'approved', 'returned']),
    );
    const q4 = new Set(
      city.reports.filter((r) => r.filing.period.start === '2024-10-01').map((r) => r.status),
    );
    expect(q4.size).toBe(4);
    for (const r of city.reports) {
      expect(r.returnReason !== null).toBe(r.status === 'returned');
      if (r.explanation) expect(r.status).toBe('submitted');
      if (r.filing.period.start < '2024-01-01') expect(r.status).toBe('approved');
    }
    expect(city.reports.some((r) => r.returnReason?.includes('MWh'))).toBe(true);
    expect(city.reports.some((r) => r.explanation !== null)).toBe(true);
  });

  test('certifications have a validity period; some firms are TASE-certified', () => {
    const certs = city.enterprises.flatMap((e) => e.certifications);
    expect(new Set(certs.map((c) => c.kind))).toEqual(
      new Set(['CMMI', 'ISO27001', 'ISO20000', 'ISO9001', 'CMMI-SVC']),
    );
    for (const c of certs) expect(c.validFrom < c.validTo).toBe(true);
    expect(new Set(certs.filter((c) => c.kind === 'CMMI').map((c) => c.level))).toEqual(new Set(['3', '5']));
    expect(city.enterprises.some((e) => e.tase)).toBe(true);
  });

  test('contract executions fall in 2022–2024, after signing, and sum to no more than the value', () => {
    expect(new Set(city.contracts.map((c) => c.currency))).toEqual(
      new Set(['JPY', 'USD', 'HKD', 'KRW', 'EUR', 'SGD', 'CNY']),
    );
    for (const c of city.contracts) {
      expect(c.executions.length).toBeGreaterThan(0);
      expect(findServiceCode(c.serviceCode)?.serviceClass).not.toBeNull();
      expect(c.valueFen).toBe(minorUnitsToFen(c.valueMinor, c.currency, c.rateToCny));
      const executed = c.executions.reduce((sum, e) => sum + e.amountMinor, 0);
      expect(executed).toBeLessThanOrEqual(c.valueMinor);
      for (const e of c.executions) {
        expect(e.periodStart >= '2022-01-01' && e.periodEnd <= '2024-12-31').toBe(true);
        expect(e.periodEnd >= c.signedOn).toBe(true);
        expect(e.amountFen).toBe(minorUnitsToFen(e.amountMinor, c.currency, c.rateToCny));
      }
    }
  });

  test('two institutes; cohorts 2022–2024 with enrolled ≥ completed ≥ certified and placed ≤ completed', () => {
    expect(city.institutes).toHaveLength(2);
    const keys = new Set(city.institutes.map((i) => i.key));
    const years = new Set(city.cohorts.map((c) => c.startOn.slice(0, 4)));
    expect(years).toEqual(new Set(['2022', '2023', '2024']));
    for (const c of city.cohorts) {
      expect(keys.has(c.instituteKey)).toBe(true);
      expect(c.enrolled).toBeGreaterThanOrEqual(c.completed);
      expect(c.completed).toBeGreaterThanOrEqual(c.certified);
      expect(c.placed).toBeLessThanOrEqual(c.completed);
      expect(c.startOn < c.endOn).toBe(true);
    }
  });
});
