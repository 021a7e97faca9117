import type { Filing } from '../filing/filing.schema.ts';
import type { FiscalResult, ValueAddedResult } from './period-result.types.ts';
import type { Dec } from './rounding.ts';
import { cnyToFen, ratioOrNull, roundOrNull, roundTo } from './rounding.ts';

/** Value added in exact fen, kept as Decimals for the intensities. */
export interface ValueAddedFigures {
  result: ValueAddedResult;
  grossOutputCny: Dec;
  valueAddedCny: Dec;
}

/**
 * Value added, production approach (SNA 2008 §6; NBS 国民经济核算): gross output − intermediate
 * consumption, gross output = Σ revenue lines, intermediate = rent + utilities + other purchased
 * services. Income approach split: labour + depreciation + net production taxes (taxes on production −
 * subsidies) + operating surplus. Every input is first taken to the fen, so the surplus, computed as the
 * residual, makes the split add up to value added exactly; it may be negative (a loss).
 */
export function calculateValueAdded(filing: Filing): ValueAddedFigures {
  const gross = grossOutputCny(filing.revenue);
  const { costs, taxes } = filing;
  const intermediate = cnyToFen(costs.rentCny)
    .plus(cnyToFen(costs.utilitiesCny))
    .plus(cnyToFen(costs.otherIntermediateCny));
  const valueAdded = gross.minus(intermediate);
  const labour = cnyToFen(costs.labourCny);
  const depreciation = cnyToFen(costs.depreciationCny);
  const netTaxes = cnyToFen(taxes.productionTaxesCny).minus(cnyToFen(taxes.subsidiesCny));
  const surplus = valueAdded.minus(labour).minus(depreciation).minus(netTaxes);
  return {
    result: {
      grossOutputCny: roundTo(gross, 'cny'),
      intermediateConsumptionCny: roundTo(intermediate, 'cny'),
      valueAddedCny: roundTo(valueAdded, 'cny'),
      valueAddedRate: roundOrNull(ratioOrNull(valueAdded, gross), 'ratio'),
      labourCny: roundTo(labour, 'cny'),
      depreciationCny: roundTo(depreciation, 'cny'),
      netProductionTaxesCny: roundTo(netTaxes, 'cny'),
      operatingSurplusCny: roundTo(surplus, 'cny'),
    },
    grossOutputCny: gross,
    valueAddedCny: valueAdded,
  };
}

/** Gross output: the sum of the revenue lines, each taken to the fen first. */
export function grossOutputCny(revenue: Filing['revenue']): Dec {
  return revenue.reduce((sum, line) => sum.plus(cnyToFen(line.amountCny)), cnyToFen(0));
}

/** Taxes paid = VAT + taxes on production (税金及附加) + corporate income tax + individual income tax withheld. */
export function calculateFiscal(filing: Pick<Filing, 'taxes'>): FiscalResult {
  const { taxes } = filing;
  const vat = cnyToFen(taxes.vatCny);
  const production = cnyToFen(taxes.productionTaxesCny);
  const cit = cnyToFen(taxes.corporateIncomeTaxCny);
  const iit = cnyToFen(taxes.individualIncomeTaxWithheldCny);
  return {
    taxesPaidCny: roundTo(vat.plus(production).plus(cit).plus(iit), 'cny'),
    vatCny: roundTo(vat, 'cny'),
    productionTaxesCny: roundTo(production, 'cny'),
    corporateIncomeTaxCny: roundTo(cit, 'cny'),
    individualIncomeTaxWithheldCny: roundTo(iit, 'cny'),
  };
}
