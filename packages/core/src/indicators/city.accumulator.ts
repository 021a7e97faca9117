import type { PeriodResult } from '../calc/period-result.types.ts';
import type { OwnershipKind } from '../catalogue/other-codes.ts';
import { isForeignInvested, OWNERSHIP_KINDS } from '../catalogue/other-codes.ts';
import { FOCUS_AREAS, SERVICE_CLASSES } from '../catalogue/service-codes.ts';
import { cnyToIntegerFen as fen, MicroSum } from './exact-sum.ts';
import type { IndicatorEnterprise, IndicatorRow } from './indicator.types.ts';

/** Per enterprise and year: what the headcount rule and the HHI need. */
export interface EnterpriseYear {
  serviceOutsourcingFen: number;
  headcountDays: number;
  collegeDays: number;
  days: number;
}

const OWNERSHIP_INDEX = Object.fromEntries(OWNERSHIP_KINDS.map((k, i) => [k, i])) as Readonly<
  Record<OwnershipKind, number>
>;

function addAt(sums: Float64Array, index: number, amount: number): void {
  sums[index] = (sums[index] ?? 0) + amount;
}

/**
 * Single-pass sums for one year. Money is summed as integer fen and 6-decimal quantities as
 * MicroSums, so no Decimal is made per row; Decimals appear only when the indicators are finished.
 * Per-row allocation: none, except one small record per new enterprise.
 */
export class CityAccumulator {
  rowCount = 0;
  serviceOutsourcingFen = 0;
  offshoreFen = 0;
  softwareFen = 0;
  taxesFen = 0;
  valueAddedFen = 0;
  fdiFen = 0;
  foreignServiceOutsourcingFen = 0;
  foreignOffshoreFen = 0;
  foreignEnterprises = 0;
  readonly classFen = new Float64Array(SERVICE_CLASSES.length);
  readonly focusFen = new Float64Array(FOCUS_AREAS.length);
  readonly ownershipFen = new Float64Array(OWNERSHIP_KINDS.length);
  readonly countryFen = new Map<string, number>();
  readonly locationKg = new MicroSum();
  readonly marketKg = new MicroSum();
  readonly electricityKwh = new MicroSum();
  readonly greenKwh = new MicroSum();
  readonly tceCalorific = new MicroSum();
  readonly newHires = new MicroSum();
  readonly newGraduateHires = new MicroSum();
  readonly enterprises = new Map<string, EnterpriseYear>();
  // Rows usually arrive grouped by enterprise (ORDER BY enterprise, period): skip the Map then.
  private lastEnterpriseId: string | null = null;
  private lastEnterprise: EnterpriseYear | null = null;

  constructor(readonly year: number) {}

  add(row: IndicatorRow): void {
    this.rowCount++;
    const { result, enterprise } = row;
    const soFen = fen(result.structure.serviceOutsourcingRevenueCny);
    const offshoreFen = fen(result.structure.offshoreRevenueCny);
    this.addStructure(result.structure, soFen, offshoreFen, enterprise);
    this.addCarbon(result);
    this.taxesFen += fen(result.fiscal.taxesPaidCny);
    this.valueAddedFen += fen(result.valueAdded.valueAddedCny);
    const { employees } = row.filing;
    this.newHires.add(employees.newHires);
    this.newGraduateHires.add(employees.newGraduateHires);
    const state = this.enterpriseYear(enterprise);
    const days = result.period.days;
    state.serviceOutsourcingFen += soFen;
    state.headcountDays += employees.average * days;
    state.collegeDays += employees.collegeEducated * days;
    state.days += days;
  }

  private addStructure(
    s: PeriodResult['structure'],
    soFen: number,
    offshoreFen: number,
    e: IndicatorEnterprise,
  ): void {
    this.serviceOutsourcingFen += soFen;
    this.offshoreFen += offshoreFen;
    this.softwareFen += fen(s.softwareRevenueCny);
    addAt(this.classFen, 0, fen(s.byClass.ITO));
    addAt(this.classFen, 1, fen(s.byClass.BPO));
    addAt(this.classFen, 2, fen(s.byClass.KPO));
    let i = 0;
    for (const area of FOCUS_AREAS) addAt(this.focusFen, i++, fen(s.byFocusArea[area]));
    // for…in rather than Object.entries: no array allocated per row.
    for (const country in s.byClientCountry) {
      const amountFen = fen(s.byClientCountry[country] ?? 0);
      this.countryFen.set(country, (this.countryFen.get(country) ?? 0) + amountFen);
    }
    addAt(this.ownershipFen, OWNERSHIP_INDEX[e.ownership], soFen);
    if (isForeignInvested(e.ownership)) {
      this.foreignServiceOutsourcingFen += soFen;
      this.foreignOffshoreFen += offshoreFen;
    }
  }

  private addCarbon(result: PeriodResult): void {
    this.locationKg.add(result.emissions.totalLocationKgCo2e);
    this.marketKg.add(result.emissions.totalMarketKgCo2e);
    this.electricityKwh.add(result.energy.electricityKwh);
    this.greenKwh.add(result.energy.greenElectricityKwh);
    this.tceCalorific.add(result.energy.tceCalorific);
  }

  /** The enterprise's record for the year; its FDI is counted once, when it is first seen. */
  private enterpriseYear(e: IndicatorEnterprise): EnterpriseYear {
    if (e.id === this.lastEnterpriseId && this.lastEnterprise !== null) return this.lastEnterprise;
    let state = this.enterprises.get(e.id);
    if (state === undefined) {
      state = { serviceOutsourcingFen: 0, headcountDays: 0, collegeDays: 0, days: 0 };
      this.enterprises.set(e.id, state);
      if (e.fdiFen !== null) this.fdiFen += e.fdiFen;
      if (isForeignInvested(e.ownership)) this.foreignEnterprises++;
    }
    this.lastEnterpriseId = e.id;
    this.lastEnterprise = state;
    return state;
  }
}
