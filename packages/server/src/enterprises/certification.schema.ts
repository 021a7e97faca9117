import { z } from 'zod';

/** Certificates the bureau tracks: CMMI/PCMM maturity, ITSS (China's IT-service standard) and ISO systems. */
export const CERTIFICATION_KINDS = [
  'CMMI',
  'CMMI-SVC',
  'PCMM',
  'ITSS',
  'ISO9001',
  'ISO14001',
  'ISO20000',
  'ISO27001',
] as const;
type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

const MATURITY = ['1', '2', '3', '4', '5'] as const;
/** Kinds rated at a level; the ISO certificates are pass/fail and carry none. */
const LEVELS: Partial<Record<CertificationKind, readonly string[]>> = {
  CMMI: MATURITY,
  'CMMI-SVC': MATURITY,
  PCMM: MATURITY,
  ITSS: ['1', '2', '3', '4'],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const certificationInput = z
  .strictObject({
    kind: z.enum(CERTIFICATION_KINDS),
    level: z.string().nullable().default(null).describe('CMMI/CMMI-SVC/PCMM 1–5, ITSS 1–4; null otherwise'),
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
  })
  .superRefine((c, ctx) => {
    const levels = LEVELS[c.kind];
    if (levels && (c.level === null || !levels.includes(c.level))) {
      ctx.addIssue({
        code: 'custom',
        path: ['level'],
        message: `${c.kind} needs a level: ${levels.join(', ')}`,
      });
    }
    if (!levels && c.level !== null) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `${c.kind} has no level; send null` });
    }
    // Object checks run even after a date's format check failed: compare well-formed dates only.
    if (ISO_DATE.test(c.validFrom) && ISO_DATE.test(c.validTo) && c.validTo < c.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'must be on or after validFrom' });
    }
  });
export type CertificationInput = z.output<typeof certificationInput>;
