import { beforeAll, describe, expect, test } from 'vitest';
import { isValidUscc } from '../catalogue/uscc.ts';
import { filingSchema } from '../filing/filing.schema.ts';
import { minorUnitsToFen } from '../money/money.ts';
import type { DemoCity } from './demo-city.types.ts';
import { generateDemoCity } from './generate-demo-city.ts';
import { reportYear } from './shares.ts';

let city: DemoCity;
beforeAll(() => {
  city = generateDemoCity();
});

function revenueFen(c: DemoCity, year: number): number {
  let fen = 0;
  for (const r of c.reports) {
    if (reportYear(r) === year) for (const line of r.filing.revenue) fen += Math.round(line.amountCny * 100);
  }
  return fen;
}

describe('generateDemoCity: determinism', () => {
  test('two calls with the default seed are deep-equal', () => {
    expect(generateDemoCity()).toEqual(city);
    expect(city.seed).toBe(20221231);
  });

  test('stable fingerprint: the same numbers on every machine', () => {
    expect(city.enterprises).toHaveLength(300);
    expect(city.reports).toHaveLength(3424);
    expect(city.contracts).toHaveLength(642);
    expect(revenueFen(city, 2024)).toBe(1_121_363_507_696);
    expect(city.enterprises[0]?.uscc).toBe('91360104MA38E07T8H');
  });

  test('another seed gives another city', () => {
    expect(revenueFen(generateDemoCity(1), 2024)).not.toBe(revenueFen(city, 2024));
  });

  test('generation is fast (< 1 s)', () => {
    // The better of two runs, so a busy test machine does not make the check flaky.
    const timings = [98, 99].map((seed) => {
      const started = performance.now();
      generateDemoCity(seed);
      return performance.now() - started;
    });
    expect(Math.min(...timings)).toBeLessThan(1_000);
  });
});

describe('generateDemoCity: records are valid', () => {
  test('every filing passes filingSchema', () => {
    const problems = city.reports.flatMap((r) => {
      const parsed = filingSchema.safeParse(r.filing);
      return parsed.success ? [] : [`${r.enterpriseKey} ${r.filing.period.start}: ${parsed.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  test('USCC codes are valid, unique and carry the district code', () => {
    const codes = [...city.enterprises.map((e) => e.uscc), ...city.institutes.map((i) => i.uscc)];
    expect(codes.filter((c) => !isValidUscc(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    const districtCode = new Map(city.districts.map((d) => [d.key, d.code]));
    for (const e of city.enterprises) {
      expect(e.uscc.slice(0, 2)).toBe('91');
      expect(e.uscc.slice(2, 8)).toBe(districtCode.get(e.districtKey));
    }
  });

  test('Chinese and English enterprise names are unique', () => {
    expect(new Set(city.enterprises.map((e) => e.nameZh)).size).toBe(city.enterprises.length);
    expect(new Set(city.enterprises.map((e) => e.nameEn)).size).toBe(city.enterprises.length);
  });

  test('districts use Nanchang codes; enterprises and parks point at known districts and parks', () => {
    expect(city.cityCode).toBe('360100');
    expect(city.provinceCode).toBe('360000');
    for (const d of city.districts) expect(d.code).toMatch(/^3601\d\d$/);
    expect(city.districts.filter((d) => d.isZone).map((d) => d.key)).toEqual(['hitech', 'etdz']);
    const districts = new Set(city.districts.map((d) => d.key));
    const parks = new Map(city.parks.map((p) => [p.key, p.districtKey]));
    for (const p of city.parks) expect(districts.has(p.districtKey)).toBe(true);
    for (const e of city.enterprises) {
      expect(districts.has(e.districtKey)).toBe(true);
      if (e.parkKey) expect(parks.get(e.parkKey)).toBe(e.districtKey);
    }
  });

  test('FDI is consistent: fen = minor × rate, only for foreign-invested firms', () => {
    for (const e of city.enterprises) {
      const foreignInvested =
        e.ownership === 'foreign' || e.ownership === 'joint-venture' || e.ownership === 'hmt';
      expect(e.fdi !== null).toBe(foreignInvested);
      expect(e.investorCountry !== null).toBe(foreignInvested);
      if (e.fdi)
        expect(e.fdi.amountFen).toBe(minorUnitsToFen(e.fdi.amountMinor, e.fdi.currency, e.fdi.rateToCny));
    }
    expect(new Set(city.enterprises.flatMap((e) => (e.fdi ? [e.fdi.currency] : [])))).toEqual(
      new Set(['USD', 'HKD', 'JPY', 'EUR']),
    );
  });

  test('reports stay within 2022–2024, at most 12 per enterprise, none before the founding quarter', () => {
    const founded = new Map(city.enterprises.map((e) => [e.key, e.foundedOn]));
    const perEnterprise = new Map<string, number>();
    for (const r of city.reports) {
      expect(r.filing.period.start >= '2022-01-01' && r.filing.period.end <= '2024-12-31').toBe(true);
      expect(r.filing.period.end >= (founded.get(r.enterpriseKey) ?? '')).toBe(true);
      perEnterprise.set(r.enterpriseKey, (perEnterprise.get(r.enterpriseKey) ?? 0) + 1);
    }
    expect(perEnterprise.size).toBe(300);
    expect(Math.max(...perEnterprise.values())).toBe(12);
  });
});
