import { isServiceOutsourcing } from '../catalogue/service-codes.ts';
import type { FilingInput } from '../filing/filing.schema.ts';
import { toFenPrecision } from './money.ts';
import type { ReportDraft } from './report-draft.ts';

/** VAT on modern services (6%) and on goods resold (13%); offshore outsourcing is zero-rated. */
const VAT_RATE_SERVICES = 0.06;
const VAT_RATE_GOODS = 0.13;
/** Urban maintenance & construction tax (7%) plus education surcharges (3% + 2%), levied on VAT. */
const SURCHARGES_ON_VAT = 0.12;
/** Stamp duty on service contracts, 0.03% of their value. */
const STAMP_DUTY_RATE = 0.0003;
/** The national service-outsourcing training subsidy: up to CNY 4,500 per graduate hired for ≥ 1 year. */
const GRADUATE_SUBSIDY_CNY = 4_500;
const CIT_RATE = 0.25;
/** Technologically advanced service enterprises pay 15% corporate income tax. */
const CIT_RATE_TASE = 0.15;

type Costs = FilingInput['costs'];

function vatOf(draft: ReportDraft): number {
  let outputVat = 0;
  for (const line of draft.lines) {
    if (!isServiceOutsourcing(line.category)) outputVat += line.amountCny * VAT_RATE_GOODS;
    else if (line.clientCountry === 'CN') outputVat += line.amountCny * VAT_RATE_SERVICES;
  }
  return outputVat * (1 - draft.profile.inputVatCreditShare);
}

/** Quarterly taxes: VAT net of input credits, surcharges, prepaid income tax, and withheld IIT. */
export function deriveTaxes(draft: ReportDraft, costs: Costs, wagesCny: number): FilingInput['taxes'] {
  const revenueCny = draft.lines.reduce((sum, line) => sum + line.amountCny, 0);
  const vatCny = vatOf(draft);
  const productionTaxesCny = vatCny * SURCHARGES_ON_VAT + revenueCny * STAMP_DUTY_RATE;
  // Park tenants claim the graduate training subsidy through the park's commerce office.
  const subsidiesCny = draft.profile.enterprise.parkKey ? draft.newGraduateHires * GRADUATE_SUBSIDY_CNY : 0;
  const intermediate = costs.rentCny + costs.utilitiesCny + costs.otherIntermediateCny;
  const profitCny =
    revenueCny - intermediate - costs.labourCny - costs.depreciationCny - productionTaxesCny + subsidiesCny;
  const citRate = draft.profile.enterprise.tase ? CIT_RATE_TASE : CIT_RATE;
  return {
    productionTaxesCny: toFenPrecision(productionTaxesCny),
    subsidiesCny: toFenPrecision(subsidiesCny),
    vatCny: toFenPrecision(vatCny),
    corporateIncomeTaxCny: toFenPrecision(Math.max(0, profitCny) * citRate),
    individualIncomeTaxWithheldCny: toFenPrecision(wagesCny * draft.profile.iitWithheldRate),
  };
}
