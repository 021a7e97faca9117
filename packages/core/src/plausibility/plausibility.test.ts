import { describe, expect, test } from 'vitest';
import { withEnergy } from '../calc/test-filing.fixture.ts';
import { type FilingInput, filingSchema } from '../filing/filing.schema.ts';
import { checkPlausibility } from './check-plausibility.ts';
import { percentile } from './peer-range.rules.ts';
import type { PlausibilityCode } from './plausibility.types.ts';

/** A plausible filing: revenue 1000, 10 employees, 5000 kWh, labour 500, taxes 50. */
function filing(change: (f: FilingInput) => FilingInput = (f) => f) {
  return filingSchema.parse(change(withEnergy({ electricityKwh: 5000 }, { taxes: { vatCny: 50 } })));
}

const codes = (flags: { code: PlausibilityCode }[]) => flags.map((f) => f.code);
const PEERS = [400, 450, 500, 550, 600];

describe('checkPlausibility', () => {
  test('a plausible filing has no flags', () => {
    expect(checkPlausibility({ filing: filing(), previous: filing(), peerKwhPerEmployee: PEERS })).toEqual(
      [],
    );
  });

  test.each([
    [
      'jump.revenue',
      'revenue',
      (f: FilingInput) => ({ ...f, revenue: [{ ...f.revenue[0], amountCny: 8000 }] }),
    ],
    [
      'jump.revenue',
      'revenue',
      (f: FilingInput) => ({ ...f, revenue: [{ ...f.revenue[0], amountCny: 125 }] }),
    ],
    [
      'jump.electricity',
      'energy.electricityKwh',
      (f: FilingInput) => ({ ...f, energy: { electricityKwh: 5 } }),
    ],
    [
      'jump.employees',
      'employees.average',
      (f: FilingInput) => ({
        ...f,
        employees: { average: 80, collegeEducated: 8 },
      }),
    ],
    [
      'jump.labour',
      'costs.labourCny',
      (f: FilingInput) => ({ ...f, costs: { ...f.costs, labourCny: 5_000_000 } }),
    ],
  ] as const)('%s flags ×8 or 1/8 against the previous period (%s)', (code, field, change) => {
    const flags = checkPlausibility({ filing: filing(change as never), previous: filing() });
    expect(flags).toContainEqual(expect.objectContaining({ code, field, message: expect.any(String) }));
  });

  test('just under ×8 is not a jump; exactly ×8 is', () => {
    const at = (amountCny: number) =>
      codes(
        checkPlausibility({
          filing: filing((f) => ({
            ...f,
            revenue: [{ ...f.revenue[0], amountCny }] as FilingInput['revenue'],
          })),
          previous: filing(),
        }),
      );
    expect(at(7999.99)).toEqual([]);
    expect(at(8000)).toEqual(['jump.revenue']);
  });

  test('no previous period or a previous 0 gives no jump; a fall to 0 is one', () => {
    const noKwh = filing((f) => ({ ...f, energy: { electricityKwh: 0 } }));
    expect(checkPlausibility({ filing: filing(), previous: null })).toEqual([]);
    expect(codes(checkPlausibility({ filing: filing(), previous: noKwh }))).toEqual([]);
    expect(codes(checkPlausibility({ filing: noKwh, previous: filing() }))).toEqual(['jump.electricity']);
  });

  test('electricity per employee outside [P5/3, P95×3] of ≥5 peers is flagged', () => {
    const mwh = filing((f) => ({ ...f, energy: { electricityKwh: 5 } })); // 0.5 kWh per employee
    const huge = filing((f) => ({ ...f, energy: { electricityKwh: 200_000 } })); // 20 000 per employee
    expect(codes(checkPlausibility({ filing: mwh, peerKwhPerEmployee: PEERS }))).toEqual([
      'peer.electricityPerEmployee',
    ]);
    expect(codes(checkPlausibility({ filing: huge, peerKwhPerEmployee: PEERS }))).toEqual([
      'peer.electricityPerEmployee',
    ]);
    expect(checkPlausibility({ filing: mwh, peerKwhPerEmployee: PEERS.slice(0, 4) })).toEqual([]);
  });

  test('the peer range is inclusive: P5/3 itself passes', () => {
    const low = percentile([...PEERS], 0.05) / 3; // 410 / 3 kWh per employee
    const atLow = filing((f) => ({ ...f, energy: { electricityKwh: low * 10 } }));
    expect(checkPlausibility({ filing: atLow, peerKwhPerEmployee: PEERS })).toEqual([]);
  });

  test('taxes above revenue are flagged on the taxes', () => {
    const flags = checkPlausibility({
      filing: filing((f) => ({ ...f, taxes: { vatCny: 600, corporateIncomeTaxCny: 401 } })),
    });
    expect(flags).toEqual([expect.objectContaining({ code: 'taxes.aboveRevenue', field: 'taxes' })]);
  });

  test('labour cost with no employees is flagged', () => {
    const f = filing((x) => ({ ...x, employees: { average: 0, collegeEducated: 0 } }));
    expect(checkPlausibility({ filing: f })).toEqual([
      expect.objectContaining({ code: 'labour.noEmployees', field: 'costs.labourCny' }),
    ]);
  });

  test('percentile interpolates between closest ranks (type 7)', () => {
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
    expect(percentile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 12);
    expect(percentile([7], 0.95)).toBe(7);
  });
});
