import type { z } from 'zod';

/** One problem with an input, addressed by its dotted path: the shape every surface reports. */
export interface FieldIssue {
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Runs a zod schema and returns either the value or every issue with a dotted path. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.flatMap(toFieldIssues) };
}

function toFieldIssues(issue: z.core.$ZodIssue): FieldIssue[] {
  // Unknown keys come as one issue listing every key; name each key so the message points at it.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: 'unknown key' }));
  }
  return [{ path: joinPath(issue.path) || '(root)', message: issue.message }];
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
