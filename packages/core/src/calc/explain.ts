import type { FactorLibrary } from '../factors/factor.types.ts';
import type { Filing } from '../filing/filing.schema.ts';
import type { ExplainLang } from './explain.messages.ts';
import { explainEmissions, explainEnergy } from './explain-carbon.ts';
import type { ExplainContext } from './explain-context.ts';
import { explainContext, section } from './explain-context.ts';
import {
  explainIntensities,
  explainOptional,
  explainStructureAndFiscal,
  explainValueAdded,
} from './explain-economy.ts';
import type { PeriodResult } from './period-result.types.ts';

/**
 * The audit trail of `greenshore calc --explain`: for every figure its formula with the inputs filled
 * in, the factor ids, and at the end each factor's value, year and source. Reads the result, so the
 * text can never disagree with the figures.
 */
export function explainPeriod(
  filing: Filing,
  result: PeriodResult,
  library: FactorLibrary,
  lang: ExplainLang,
): string {
  const ctx = explainContext(filing, result, library, lang);
  const lines = [
    ...explainHeader(ctx),
    ...explainEmissions(ctx),
    ...explainEnergy(ctx),
    ...explainValueAdded(ctx),
    ...explainStructureAndFiscal(ctx),
    ...explainIntensities(ctx),
    ...explainOptional(ctx),
    ...explainTase(ctx),
    ...explainFactors(ctx),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function explainHeader({ result, t }: ExplainContext): string[] {
  const { period } = result;
  const fallback = result.factorFallback ? t('fallback', { periodYear: period.year }) : '';
  return [
    t('header', {
      version: result.calculationVersion,
      start: period.start,
      end: period.end,
      days: period.days,
      region: result.gridRegion,
    }),
    t('factorYear', { year: result.factorYear, fallback }),
    '',
  ];
}

function explainTase({ result, t }: ExplainContext): string[] {
  const { eligible, checks } = result.incentives.tase2017;
  const lines = checks.map((check) =>
    t('taseCheck', {
      rule: `${check.rule} (${t(`rule.${check.rule}`)})`,
      value: check.value,
      threshold: check.threshold,
      verdict: t(check.pass ? 'pass' : 'fail'),
    }),
  );
  return section(t('section.tase'), [...lines, t('taseEligible', { verdict: t(eligible ? 'yes' : 'no') })]);
}

function explainFactors(ctx: ExplainContext): string[] {
  const { result, library, t } = ctx;
  const lines = result.factors.map((factor) => {
    const publishedOn = library.find((entry) => entry.id === factor.id)?.publishedOn;
    return t('factor', {
      id: factor.id,
      value: factor.value,
      unit: factor.unit,
      year: factor.year ?? '—',
      fallback: factor.fallback ? t('fallbackMark') : '',
      source: factor.source,
      published: publishedOn ? t('published', { date: publishedOn }) : '',
    });
  });
  return section(t('section.factors'), lines);
}
