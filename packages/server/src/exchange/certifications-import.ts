import type { Kysely } from 'kysely';
import type { DB } from '../db/database.types.ts';
import { type CertificationInput, certificationInput } from '../enterprises/certification.schema.ts';
import type { EnterpriseRow } from '../enterprises/enterprises.repository.ts';
import type { ReadSheet } from '../spreadsheets/spreadsheet.types.ts';
import { CERTIFICATION_COLUMNS, CERTIFICATIONS_SHEET } from './enterprises.columns.ts';
import { type RowError, sheetName } from './exchange-column.ts';
import { certificationsForExport } from './exchange-export.repository.ts';
import { bodyOf, decodeSheet, rowError, validateRow } from './row-codec.ts';

const LABEL = sheetName(CERTIFICATIONS_SHEET);

export interface CertificationPlan {
  total: number;
  errors: RowError[];
  /** The full set per USCC of the Enterprises sheet (empty when the sheet lists none for it). */
  sets: Map<string, CertificationInput[]>;
  /** USCCs whose stored set differs. */
  changed: Set<string>;
}

const keyOf = (c: { kind: string; level: string | null; validFrom: string; validTo: string }) =>
  `${c.kind}|${c.level ?? ''}|${c.validFrom}|${c.validTo}`;
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.sort().join('\n') === b.sort().join('\n');

/**
 * The Certifications sheet (XLSX only) replaces each listed enterprise's set as a whole, as PATCH does;
 * without the sheet, certifications stay as they are.
 */
export async function planCertifications(
  db: Kysely<DB>,
  sheet: ReadSheet | undefined,
  usccs: ReadonlySet<string>,
  stored: ReadonlyMap<string, EnterpriseRow>,
  onRow: () => void,
): Promise<CertificationPlan> {
  const plan: CertificationPlan = { total: 0, errors: [], sets: new Map(), changed: new Set() };
  if (!sheet) return plan;
  const decoded = decodeSheet(sheet, CERTIFICATION_COLUMNS, LABEL);
  plan.total = decoded.rows.length;
  plan.errors.push(...decoded.errors);
  for (const uscc of usccs) plan.sets.set(uscc, []);
  for (const row of decoded.rows) {
    onRow();
    const uscc = String(row.values.uscc ?? '').toUpperCase();
    const set = plan.sets.get(uscc);
    if (!set) {
      plan.errors.push(
        rowError(
          LABEL,
          row,
          CERTIFICATION_COLUMNS,
          'uscc',
          'no valid row of this USCC in the Enterprises sheet',
        ),
      );
      continue;
    }
    const checked = validateRow(
      certificationInput,
      bodyOf(row.values, ['uscc']),
      LABEL,
      row,
      CERTIFICATION_COLUMNS,
    );
    if ('errors' in checked) plan.errors.push(...checked.errors);
    else set.push(checked.data);
  }
  const ids = [...plan.sets.keys()].flatMap((u) => stored.get(u)?.id ?? []);
  const current = new Map<number, string[]>();
  for (const c of await certificationsForExport(db, ids)) {
    const list = current.get(c.enterprise_id) ?? [];
    list.push(keyOf({ kind: c.kind, level: c.level, validFrom: c.valid_from, validTo: c.valid_to }));
    current.set(c.enterprise_id, list);
  }
  for (const [uscc, set] of plan.sets) {
    const row = stored.get(uscc);
    if (row && !sameSet(current.get(row.id) ?? [], set.map(keyOf))) plan.changed.add(uscc);
  }
  return plan;
}
