import { describe, expect, test } from 'vitest';
import { cloudKwh, embodiedShareKgCo2e, periodDays } from './scope3.calc.ts';

describe('scope 3 terms', () => {
  // SCI (ISO/IEC 21031, Green Software Foundation spec): M = TE × TiR ÷ EL; 1000 kg, 4 y, 1 h.
  test('SCI embodied share: 1000 kg over 4 years, 1 hour', () => {
    const kg = embodiedShareKgCo2e(1000, 4, 1);
    // The spec's 0.028538812785388128 is the exact quotient to 17 significant digits.
    expect(kg.toSignificantDigits(17).toString()).toBe('0.028538812785388128');
    expect(kg.toSignificantDigits(20).toString()).toBe('0.028538812785388127854');
    expect(kg.toNumber()).toBe(Number('0.028538812785388128'));
  });

  // Cloud Carbon Footprint methodology: Watts = min + util × (max − min); × PUE × replication.
  test('CCF compute: 1 vCPU-hour at 1 %, 0.71–3.46 W, PUE 1.135, replication 2', () => {
    const kwh = cloudKwh({
      vcpuHours: 1,
      avgCpuUtilization: 0.01,
      minWattsPerVcpu: 0.71,
      maxWattsPerVcpu: 3.46,
      pue: 1.135,
      replicationFactor: 2,
    });
    expect(kwh.toString()).toBe('0.001674125');
  });

  test.each([
    ['2022-01-01', '2022-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    ['2022-03-01', '2022-03-31', 31],
    ['2022-06-30', '2022-06-30', 1],
  ])('period %s..%s has %i days', (start, end, days) => {
    expect(periodDays(start, end)).toBe(days);
  });
});
