import { ConfigError, DurabilityError, HttpError } from '@greenshore/server';

/** One clear line for any failure a user can cause; anything else keeps its stack for a bug report. */
export function describeFailure(err: unknown): string {
  if (err instanceof ConfigError || err instanceof DurabilityError) return err.message;
  if (err instanceof HttpError) {
    const fields = err.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return fields ? `${err.message} (${fields})` : err.message;
  }
  if ((err as { code?: string } | null)?.code === 'ECONNREFUSED') {
    return `cannot reach the database: ${(err as Error).message}`;
  }
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
