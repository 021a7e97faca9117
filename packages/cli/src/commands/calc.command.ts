import { readFile } from 'node:fs/promises';
import type { ExplainLang, FieldIssue } from '@greenshore/core';
import {
  calculatePeriod,
  DEFAULT_FACTOR_LIBRARY,
  explainPeriod,
  filingSchema,
  validate,
} from '@greenshore/core';
import type { Command } from 'commander';
import { Option } from 'commander';

export interface CalcOptions {
  explain: boolean;
  lang: ExplainLang;
}

export interface CalcOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const INPUT_ERROR = 2;

/**
 * `greenshore calc` as a pure function (spec/calculation.md): JSON text in, the result JSON (or the
 * --explain text) out; invalid input gives nothing on stdout, one `path: message` line per problem on
 * stderr, and exit code 2. Uses the shipped factor library and never touches the database.
 */
export function runCalc(inputText: string, opts: CalcOptions): CalcOutput {
  let input: unknown;
  try {
    input = JSON.parse(inputText.replace(/^\uFEFF/, ''));
  } catch (err) {
    return inputErrors([{ path: '(root)', message: `invalid JSON: ${(err as Error).message}` }]);
  }
  const validated = validate(filingSchema, input);
  if (!validated.ok) return inputErrors(validated.issues);
  const result = calculatePeriod(validated.value, DEFAULT_FACTOR_LIBRARY);
  const stdout = opts.explain
    ? explainPeriod(validated.value, result, DEFAULT_FACTOR_LIBRARY, opts.lang)
    : `${JSON.stringify(result, null, 2)}\n`;
  return { stdout, stderr: '', exitCode: 0 };
}

function inputErrors(issues: readonly FieldIssue[]): CalcOutput {
  const stderr = issues.map((issue) => `${issue.path}: ${issue.message}\n`).join('');
  return { stdout: '', stderr, exitCode: INPUT_ERROR };
}

/** Registers `calc [file]`: '-' or no file reads stdin. */
export function registerCalcCommand(program: Command): void {
  program
    .command('calc [file]')
    .description('calculate one period filing (JSON, file or stdin) and print the result; never writes data')
    .option(
      '--explain',
      'print the audit trail (formulas, inputs, factors and sources) instead of JSON',
      false,
    )
    .addOption(new Option('--lang <lang>', 'language of --explain').choices(['zh-CN', 'en']).default('zh-CN'))
    .action(async (file: string | undefined, opts: CalcOptions) => {
      let text: string;
      try {
        text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
      } catch (err) {
        process.stderr.write(`(root): cannot read ${file ?? 'stdin'}: ${(err as Error).message}\n`);
        process.exitCode = INPUT_ERROR;
        return;
      }
      const out = runCalc(text, { explain: opts.explain, lang: opts.lang });
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
      process.exitCode = out.exitCode;
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
