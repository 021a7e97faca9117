import type { Filing } from '../filing/filing.schema.ts';
import type { TaseCheck, TaseRule } from './period-result.types.ts';
import type { Dec } from './rounding.ts';
import { dec, ratioOrNull, roundOrNull } from './rounding.ts';

/** Thresholds of 财税〔2017〕79号 (technologically advanced service enterprises, 15 % CIT). */
export const TASE_2017_THRESHOLDS: Readonly<Record<TaseRule, number>> = {
  'college-share': 0.5,
  'service-outsourcing-share': 0.5,
  'offshore-share': 0.35,
};

/**
 * TASE 2017 screening (财税〔2017〕79号 §2): college-educated ÷ employees ≥ 50 %; technologically
 * advanced service (here: service-outsourcing) revenue ÷ total revenue ≥ 50 %; offshore outsourcing
 * revenue ÷ total revenue ≥ 35 %. "以上 / 不低于" include the threshold. The comparison uses the exact
 * ratio; the value shown is rounded to 6 decimals. A zero denominator fails its check.
 */
export function screenTase2017(
  filing: Filing,
  serviceOutsourcingCny: Dec,
  offshoreCny: Dec,
  totalRevenueCny: Dec,
): { eligible: boolean; checks: TaseCheck[] } {
  const checks = [
    check('college-share', ratioOrNull(dec(filing.employees.collegeEducated), dec(filing.employees.average))),
    check('service-outsourcing-share', ratioOrNull(serviceOutsourcingCny, totalRevenueCny)),
    check('offshore-share', ratioOrNull(offshoreCny, totalRevenueCny)),
  ];
  return { eligible: checks.every((c) => c.pass), checks };
}

function check(rule: TaseRule, ratio: Dec | null): TaseCheck {
  const threshold = TASE_2017_THRESHOLDS[rule];
  return {
    rule,
    value: roundOrNull(ratio, 'ratio'),
    threshold,
    pass: ratio?.gte(threshold) ?? false,
  };
}
