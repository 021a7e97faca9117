import type { Kysely } from 'kysely';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import type { Database } from '../db/dialect.ts';
import {
  DEFAULT_EXECUTION_WINDOW,
  EXECUTION_WINDOW_KEY,
  type ExecutionWindow,
  executionWindowSchema,
  type FilingSettings,
} from './filing-settings.schema.ts';
import { JsonSettingService, type SettingView } from './json-setting.service.ts';
import { findSetting } from './settings.repository.ts';

export interface FilingSettingsView {
  settings: FilingSettings & { updatedAt: string | null };
  etag: string;
}

const EXECUTION_WINDOW_SPEC = {
  key: EXECUTION_WINDOW_KEY,
  label: 'filing',
  schema: executionWindowSchema,
  fallback: DEFAULT_EXECUTION_WINDOW,
};

/** The execution filing window in force (the default until an admin stores one). */
export async function readExecutionWindow(db: Kysely<DB>): Promise<ExecutionWindow> {
  const row = await findSetting(db, EXECUTION_WINDOW_KEY);
  // Only PUT /settings/filing writes this key, after validation; a value that no longer parses is a
  // defect to surface, not something to paper over with the default.
  return row ? executionWindowSchema.parse(JSON.parse(row.value_json)) : DEFAULT_EXECUTION_WINDOW;
}

/** Filing settings: read by everyone who files, changed by admins with If-Match (one JSON setting). */
export class SettingsService {
  private readonly window: JsonSettingService<ExecutionWindow>;

  constructor(database: Database, clock: Clock) {
    this.window = new JsonSettingService(database, clock, EXECUTION_WINDOW_SPEC);
  }

  async filingSettings(): Promise<FilingSettingsView> {
    return toFilingView(await this.window.read());
  }

  async replaceFilingSettings(
    actor: UserRow,
    next: FilingSettings,
    checkEtag: (currentEtag: string) => void,
  ): Promise<FilingSettingsView> {
    return toFilingView(await this.window.replace(actor, next.executionWindow, checkEtag));
  }
}

function toFilingView(view: SettingView<ExecutionWindow>): FilingSettingsView {
  return { settings: { executionWindow: view.value, updatedAt: view.updatedAt }, etag: view.etag };
}
