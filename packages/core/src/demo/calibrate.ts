import { isServiceOutsourcing, isSoftwareCode } from '../catalogue/service-codes.ts';
import { toFenPrecision } from './money.ts';
import type { ReportDraft } from './report-draft.ts';
import { outsourcingTotals } from './shares.ts';

/** The seed: "software, taking a proportion of 87.3%" of the city's service outsourcing. */
export const SOFTWARE_SHARE_TARGET = 0.873;

function isNonSoftwareOutsourcing(category: string): boolean {
  return isServiceOutsourcing(category) && !isSoftwareCode(category);
}

/**
 * The factor k that brings S ÷ (S + k·N) to the target: k = S·(1 − t) ÷ (t·N), where S is software
 * and N non-software outsourcing revenue. Software lines stay as drawn; only the smaller side moves.
 */
function scaleFactor(drafts: readonly ReportDraft[], target: number): number {
  const totals = outsourcingTotals(drafts.flatMap((d) => d.lines));
  const nonSoftware = totals.serviceOutsourcingCny - totals.softwareCny;
  if (nonSoftware <= 0 || totals.softwareCny <= 0) return 1;
  return (totals.softwareCny * (1 - target)) / (target * nonSoftware);
}

function scaleGroup(drafts: readonly ReportDraft[], target: number): Map<ReportDraft, ReportDraft> {
  const k = scaleFactor(drafts, target);
  const scaled = new Map<ReportDraft, ReportDraft>();
  for (const draft of drafts) {
    const lines = draft.lines.map((line) =>
      isNonSoftwareOutsourcing(line.category)
        ? { ...line, amountCny: toFenPrecision(line.amountCny * k) }
        : line,
    );
    scaled.set(draft, { ...draft, lines });
  }
  return scaled;
}

/**
 * Calibrates one year to the target software share, deterministically. Approved reports are scaled
 * as one group and all other reports of the year as another, so the share holds both over the
 * approved reports (what the dashboards count) and over every report of the year. Rounding to the fen
 * moves the result by far less than 0.01 percentage points.
 */
export function calibrateSoftwareShare(
  drafts: readonly ReportDraft[],
  year: number,
  target: number,
): ReportDraft[] {
  const inYear = drafts.filter((d) => d.quarter.year === year);
  const approved = scaleGroup(
    inYear.filter((d) => d.status === 'approved'),
    target,
  );
  const others = scaleGroup(
    inYear.filter((d) => d.status !== 'approved'),
    target,
  );
  return drafts.map((d) => approved.get(d) ?? others.get(d) ?? d);
}
