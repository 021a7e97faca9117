import { isOffshoreCountry } from '../catalogue/other-codes.ts';
import type { FocusArea, ServiceClass } from '../catalogue/service-codes.ts';
import {
  FOCUS_AREAS,
  findServiceCode,
  SERVICE_CLASSES,
  SOFTWARE_FOCUS_AREAS,
} from '../catalogue/service-codes.ts';
import type { Filing } from '../filing/filing.schema.ts';
import type { StructureResult } from './period-result.types.ts';
import type { Dec } from './rounding.ts';
import { cnyToFen, dec, ratioOrNull, roundOrNull, roundTo } from './rounding.ts';

/** Structure in exact fen, kept as Decimals for the TASE checks. */
export interface StructureFigures {
  result: StructureResult;
  serviceOutsourcingCny: Dec;
  offshoreCny: Dec;
}

/**
 * Industry structure (spec/catalogue.md): service-outsourcing revenue = Σ lines whose code is not OTHER;
 * offshore = those lines with a client outside the mainland (HK, MO, TW are offshore); the class and
 * focus-area amounts split service-outsourcing revenue; offshoreShare = offshore ÷ service outsourcing.
 */
export function calculateStructure(filing: Filing): StructureFigures {
  const byClass = new Map<ServiceClass, Dec>(SERVICE_CLASSES.map((c) => [c, dec(0)]));
  const byFocus = new Map<FocusArea, Dec>(FOCUS_AREAS.map((f) => [f, dec(0)]));
  const byCountry = new Map<string, Dec>();
  let serviceOutsourcing = dec(0);
  let offshore = dec(0);
  for (const line of filing.revenue) {
    const code = findServiceCode(line.category);
    if (!code?.serviceClass || !code.focusArea) continue; // OTHER: outside service outsourcing
    const fen = cnyToFen(line.amountCny);
    serviceOutsourcing = serviceOutsourcing.plus(fen);
    if (isOffshoreCountry(line.clientCountry)) offshore = offshore.plus(fen);
    byClass.set(code.serviceClass, (byClass.get(code.serviceClass) ?? dec(0)).plus(fen));
    byFocus.set(code.focusArea, (byFocus.get(code.focusArea) ?? dec(0)).plus(fen));
    byCountry.set(line.clientCountry, (byCountry.get(line.clientCountry) ?? dec(0)).plus(fen));
  }
  const software = SOFTWARE_FOCUS_AREAS.reduce((sum, f) => sum.plus(byFocus.get(f) ?? 0), dec(0));
  return {
    result: {
      serviceOutsourcingRevenueCny: roundTo(serviceOutsourcing, 'cny'),
      offshoreRevenueCny: roundTo(offshore, 'cny'),
      offshoreShare: roundOrNull(ratioOrNull(offshore, serviceOutsourcing), 'ratio'),
      softwareRevenueCny: roundTo(software, 'cny'),
      byClass: toRecord(byClass, SERVICE_CLASSES),
      byFocusArea: toRecord(byFocus, FOCUS_AREAS),
      byClientCountry: toRecord(byCountry, [...byCountry.keys()].sort()),
    },
    serviceOutsourcingCny: serviceOutsourcing,
    offshoreCny: offshore,
  };
}

function toRecord<K extends string>(amounts: Map<K, Dec>, keys: readonly K[]): Record<K, number> {
  const record = {} as Record<K, number>;
  for (const key of keys) record[key] = roundTo(amounts.get(key) ?? dec(0), 'cny');
  return record;
}
