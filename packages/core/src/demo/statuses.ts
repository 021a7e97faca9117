import { LAST_QUARTER_INDEX } from './calendar.ts';
import type { DemoReportStatus } from './demo-city.types.ts';
import type { Rng } from './prng.ts';
import type { ReportDraft } from './report-draft.ts';
import { EXPLANATIONS, RETURN_REASONS } from './review-texts.ts';

/**
 * Workflow state as the bureau would see it at the start of 2025: 2022–2023 closed (approved), a
 * sprinkling of open items in 2024 Q1–Q3, and the latest quarter still being filed and reviewed.
 */
const STATUS_WEIGHTS_2024: readonly (readonly [DemoReportStatus, number])[] = [
  ['approved', 95],
  ['submitted', 3],
  ['returned', 2],
];
const STATUS_WEIGHTS_LATEST: readonly (readonly [DemoReportStatus, number])[] = [
  ['approved', 48],
  ['submitted', 40],
  ['returned', 6],
  ['draft', 6],
];

function drawStatus(rng: Rng, draft: ReportDraft): DemoReportStatus {
  if (draft.quarter.year < 2024) return 'approved';
  return rng.weighted(
    draft.quarter.index === LAST_QUARTER_INDEX ? STATUS_WEIGHTS_LATEST : STATUS_WEIGHTS_2024,
  );
}

function withStatus(rng: Rng, draft: ReportDraft): ReportDraft {
  const status = drawStatus(rng, draft);
  if (status === 'returned') {
    const reason = rng.pick(RETURN_REASONS);
    return { ...draft, status, returnReason: reason.text(draft.quarter.label), anomaly: reason.anomaly };
  }
  // Some filers explain an unusual quarter when they submit it.
  // The first explanation speaks of year-end acceptance, so only Q4 may use it.
  const choices = draft.quarter.quarter === 4 ? EXPLANATIONS : EXPLANATIONS.slice(1);
  const explanation = status === 'submitted' && rng.chance(0.35) ? rng.pick(choices) : null;
  return { ...draft, status, explanation };
}

export function assignStatuses(rng: Rng, drafts: readonly ReportDraft[]): ReportDraft[] {
  return drafts.map((draft) =>
    withStatus(rng.fork(`status:${draft.profile.enterprise.key}:${draft.quarter.label}`), draft),
  );
}
