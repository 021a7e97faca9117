import { findServiceCode } from '../catalogue/service-codes.ts';
import { laterDate, randomDateBetween, validUntil } from './calendar.ts';
import type { DemoCertification } from './demo-city.types.ts';
import type { Rng } from './prng.ts';

export interface CertificationContext {
  headcount: number;
  mainServiceCode: string;
  offshoreShare: number;
  foundedOn: string;
}

const LATEST_AUDIT = '2024-11-30';

/** CMMI appraisals and ISO certificates both run three years; some lapsed before the end of 2024. */
function certificate(rng: Rng, kind: DemoCertification['kind'], level: string | null, foundedOn: string) {
  const from = laterDate('2019-01-01', validUntil(foundedOn, 1));
  const validFrom = randomDateBetween(rng, from, LATEST_AUDIT);
  return { kind, level, validFrom, validTo: validUntil(validFrom, 3) };
}

/**
 * Larger and offshore-facing firms hold more certificates: Japanese and European clients ask for
 * ISO 27001, CMMI is a software house's calling card, ISO 20000 belongs to operations and BPO.
 */
export function drawCertifications(rng: Rng, ctx: CertificationContext): DemoCertification[] {
  // A firm needs about a year of operation before its first audit.
  if (validUntil(ctx.foundedOn, 1) > LATEST_AUDIT) return [];
  const serviceClass = findServiceCode(ctx.mainServiceCode)?.serviceClass;
  const big = ctx.headcount >= 800;
  const certs: DemoCertification[] = [];
  const cmmiChance = serviceClass !== 'ITO' ? 0.05 : big ? 0.9 : ctx.headcount >= 150 ? 0.5 : 0.15;
  if (rng.chance(cmmiChance)) {
    certs.push(certificate(rng, 'CMMI', big && rng.chance(0.6) ? '5' : '3', ctx.foundedOn));
  }
  if (rng.chance(0.15 + 0.6 * ctx.offshoreShare))
    certs.push(certificate(rng, 'ISO27001', null, ctx.foundedOn));
  const operations = ctx.mainServiceCode === 'ITO-05' || serviceClass === 'BPO';
  if (rng.chance(operations ? 0.45 : 0.1)) certs.push(certificate(rng, 'ISO20000', null, ctx.foundedOn));
  if (operations && rng.chance(0.15)) certs.push(certificate(rng, 'CMMI-SVC', '3', ctx.foundedOn));
  if (rng.chance(0.35)) certs.push(certificate(rng, 'ISO9001', null, ctx.foundedOn));
  return certs;
}
