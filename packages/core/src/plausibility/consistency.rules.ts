import { calculateFiscal } from '../calc/value-added.calc.ts';
import { revenueTotalCny } from './jump.rules.ts';
import type { PlausibilityFiling, PlausibilityFlag } from './plausibility.types.ts';

/** Taxes can exceed revenue only through a slip (a tax filed in yuan beside revenue in 10k yuan). */
export function taxesAboveRevenueFlags(f: PlausibilityFiling): PlausibilityFlag[] {
  const taxes = calculateFiscal(f).taxesPaidCny;
  const revenue = revenueTotalCny(f);
  if (taxes <= revenue) return [];
  return [
    {
      code: 'taxes.aboveRevenue',
      field: 'taxes',
      message: `taxes paid (${taxes} CNY) exceed total revenue (${revenue} CNY)`,
    },
  ];
}

/** Labour cost with an average headcount of 0 means one of the two is missing or misplaced. */
export function labourWithoutEmployeesFlags(f: PlausibilityFiling): PlausibilityFlag[] {
  if (!(f.costs.labourCny > 0 && f.employees.average === 0)) return [];
  return [
    {
      code: 'labour.noEmployees',
      field: 'costs.labourCny',
      message: `labour cost of ${f.costs.labourCny} CNY is filed with no employees`,
    },
  ];
}
