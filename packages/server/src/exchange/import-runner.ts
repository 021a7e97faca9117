import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../auth/auth.service.ts';
import { cliActor } from '../auth/cli-actor.ts';
import type { Database } from '../db/dialect.ts';
import type { ImportKind } from './exchange-column.ts';
import type { ImportDto, ImportMode } from './import.schemas.ts';
import { ImportService } from './import.service.ts';
import type { Progress } from './import-plan.ts';

export interface ImportFileOptions {
  kind: ImportKind;
  mode: ImportMode;
  /** Import as this account (its scope applies); default: the first admin. */
  as?: string | undefined;
  onProgress?: (p: Progress) => void;
}

/** An import outside HTTP (the CLI): the same service, rules and audit entry as POST /imports. */
export async function importFileAs(
  database: Database,
  clock: Clock,
  file: string,
  options: ImportFileOptions,
): Promise<ImportDto> {
  const actor = await cliActor(database, options.as);
  const bytes = fs.readFileSync(file);
  const service = new ImportService({ database, clock });
  const request = { kind: options.kind, mode: options.mode, fileName: path.basename(file), bytes };
  const { done } = await service.start(actor, request, options.onProgress);
  return done;
}
