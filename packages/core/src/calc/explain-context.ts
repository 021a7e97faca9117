import type { FactorKind, FactorLibrary } from '../factors/factor.types.ts';
import type { Filing } from '../filing/filing.schema.ts';
import type { ExplainKey, ExplainLang } from './explain.messages.ts';
import { explainText } from './explain.messages.ts';
import type { FactorUsed, PeriodResult } from './period-result.types.ts';

/** What every explain section reads: the filing, its result, the library and the language. */
export interface ExplainContext {
  filing: Filing;
  result: PeriodResult;
  library: FactorLibrary;
  lang: ExplainLang;
  t: (key: ExplainKey, params?: Record<string, string | number | null>) => string;
}

export function explainContext(
  filing: Filing,
  result: PeriodResult,
  library: FactorLibrary,
  lang: ExplainLang,
): ExplainContext {
  return { filing, result, library, lang, t: (key, params) => explainText(lang, key, params) };
}

/** The period's factor of a kind, as listed in the result (filing cloud lines come after it). */
export function factorOf(ctx: ExplainContext, kind: FactorKind): FactorUsed | null {
  return ctx.result.factors.find((f) => f.kind === kind) ?? null;
}

/** Indents the lines of one section under its title. */
export function section(title: string, lines: readonly string[]): string[] {
  return [title, ...lines.map((line) => `  ${line}`), ''];
}
