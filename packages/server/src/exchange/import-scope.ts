import type { UserRow } from '../auth/users.repository.ts';
import type { DialectKind } from '../db/dialect.ts';
import { forbidden } from '../http/http-errors.ts';
import type { ImportKind } from './exchange-column.ts';
import type { ImportScope } from './import-plan.ts';
import type { ImportRow } from './imports.repository.ts';

/**
 * Who may import what: enterprises are the bureau administrator's; contracts and reports any bureau
 * user's, or a filer's for its own enterprise only (other rows become row errors, never writes).
 */
export function importScope(actor: UserRow, kind: ImportKind, now: Date, dialect: DialectKind): ImportScope {
  const base = { actor, now, dialect };
  if (kind === 'enterprises' && actor.role !== 'admin')
    throw forbidden('only an administrator may import enterprises');
  if (actor.role === 'enterprise') return { ...base, enterpriseId: actor.enterprise_id ?? -1 };
  if (actor.role !== 'admin' && actor.role !== 'analyst') throw forbidden();
  return { ...base, enterpriseId: null };
}

/** A filer sees its enterprise's imports only; another scope's answers 404 like a missing one. */
export function maySee(actor: UserRow, row: ImportRow): boolean {
  return (
    actor.role !== 'enterprise' || (row.enterprise_id !== null && row.enterprise_id === actor.enterprise_id)
  );
}
