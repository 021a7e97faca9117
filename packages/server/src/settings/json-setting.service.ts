import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { staleEtag } from '../http/etag.ts';
import {
  findSetting,
  insertSetting,
  type SettingRow,
  updateSettingIfUnchanged,
} from './settings.repository.ts';

export interface SettingView<T> {
  value: T;
  /** Null while the built-in default applies. */
  updatedAt: string | null;
  etag: string;
}

export interface JsonSettingSpec<T> {
  key: string;
  /** Short ETag label, e.g. 'benchmark'. */
  label: string;
  schema: z.ZodType<T>;
  fallback: T;
}

const staleSetting = () => staleEtag('setting', 'GET the setting again');

/**
 * One admin-edited JSON setting with optimistic concurrency. The settings table has no row version,
 * so the ETag hashes when (and what) was stored: a new write always changes updated_at.
 */
export class JsonSettingService<T> {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly spec: JsonSettingSpec<T>,
  ) {}

  async read(): Promise<SettingView<T>> {
    return this.view(await findSetting(this.database.db, this.spec.key));
  }

  async replace(actor: UserRow, next: T, checkEtag: (etag: string) => void): Promise<SettingView<T>> {
    const now = this.clock().toISOString();
    const written = { key: this.spec.key, value_json: JSON.stringify(next), updated_at: now };
    return this.database.db.transaction().execute(async (trx) => {
      const read = await findSetting(trx, this.spec.key);
      checkEtag(this.etagOf(read));
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
        entityId: this.spec.key,
        detail: { from: this.parse(read), to: next },
      });
      return this.view(written);
    });
  }

  private parse(row: SettingRow | undefined): T {
    // Only the PUT route writes this key, after validation: a stored value that no longer parses is a
    // defect to surface, not something to hide behind the default.
    return row ? this.spec.schema.parse(JSON.parse(row.value_json)) : this.spec.fallback;
  }

  private etagOf(row: SettingRow | undefined): string {
    if (!row) return `"setting-${this.spec.label}-default"`;
    const digest = createHash('sha256').update(`${row.updated_at}\n${row.value_json}`).digest('hex');
    return `"setting-${this.spec.label}-${digest.slice(0, 20)}"`;
  }

  private view(row: SettingRow | undefined): SettingView<T> {
    return { value: this.parse(row), updatedAt: row?.updated_at ?? null, etag: this.etagOf(row) };
  }
}
