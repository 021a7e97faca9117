import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { HttpError } from '../http/http-errors.ts';
import {
  DEFAULT_EXECUTION_WINDOW,
  EXECUTION_WINDOW_KEY,
  type ExecutionWindow,
  executionWindowSchema,
  type FilingSettings,
} from './filing-settings.schema.ts';
import {
  findSetting,
  insertSetting,
  type SettingRow,
  updateSettingIfUnchanged,
} from './settings.repository.ts';

export interface FilingSettingsView {
  settings: FilingSettings & { updatedAt: string | null };
  etag: string;
}

/** The settings table has no row version, so the ETag hashes what was stored and when. */
function etagOfSetting(row: SettingRow | undefined): string {
  if (!row) return '"settings-filing-default"';
  const digest = createHash('sha256').update(`${row.value_json}\n${row.updated_at}`).digest('hex');
  return `"settings-filing-${digest.slice(0, 20)}"`;
}

function parseWindow(row: SettingRow | undefined): ExecutionWindow {
  // Only PUT /settings/filing writes this key, after validation; a value that no longer parses is a
  // defect to surface, not something to paper over with the default.
  return row ? executionWindowSchema.parse(JSON.parse(row.value_json)) : DEFAULT_EXECUTION_WINDOW;
}

/** The execution filing window in force (the default until an admin stores one). */
export async function readExecutionWindow(db: Kysely<DB>): Promise<ExecutionWindow> {
  return parseWindow(await findSetting(db, EXECUTION_WINDOW_KEY));
}

const staleSetting = () =>
  new HttpError(412, 'the settings changed since you read them', [
    { path: 'headers.if-match', message: 'stale; GET the settings again' },
  ]);

/** Filing settings: read by everyone who files, changed by admins with If-Match. */
export class SettingsService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async filingSettings(): Promise<FilingSettingsView> {
    return this.view(await findSetting(this.database.db, EXECUTION_WINDOW_KEY));
  }

  async replaceFilingSettings(
    actor: UserRow,
    next: FilingSettings,
    checkEtag: (currentEtag: string) => void,
  ): Promise<FilingSettingsView> {
    const now = this.clock().toISOString();
    const written = {
      key: EXECUTION_WINDOW_KEY,
      value_json: JSON.stringify(next.executionWindow),
      updated_at: now,
    };
    return this.database.db.transaction().execute(async (trx) => {
      const read = await findSetting(trx, EXECUTION_WINDOW_KEY);
      checkEtag(etagOfSetting(read));
      if (read) {
        if (!(await updateSettingIfUnchanged(trx, read, written))) throw staleSetting();
      } else {
        await insertSetting(trx, written).catch((err: unknown) => {
          throw isUniqueViolation(err) ? staleSetting() : err;
        });
      }
      await appendAudit(trx, this.database.kind, {
        at: now,
        actorUserId: actor.id,
        action: 'settings.updated',
        entity: 'settings',
        entityId: EXECUTION_WINDOW_KEY,
        detail: { from: parseWindow(read), to: next.executionWindow },
      });
      return this.view(written);
    });
  }

  private view(row: SettingRow | undefined): FilingSettingsView {
    return {
      settings: { executionWindow: parseWindow(row), updatedAt: row?.updated_at ?? null },
      etag: etagOfSetting(row),
    };
  }
}
