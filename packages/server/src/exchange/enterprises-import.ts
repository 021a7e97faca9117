import type { Insertable, Transaction, Updateable } from 'kysely';
import type { DB, EnterprisesTable } from '../db/database.types.ts';
import { certificationColumns, enterpriseColumns, placeColumns } from '../enterprises/enterprise-columns.ts';
import { createEnterpriseBody } from '../enterprises/enterprise-input.schemas.ts';
import { profileIssues, resolvePlace } from '../enterprises/enterprise-rules.ts';
import * as enterprises from '../enterprises/enterprises.repository.ts';
import { HttpError } from '../http/http-errors.ts';
import { CellProblem, coerceCell } from './cell-coerce.ts';
import { type CertificationPlan, planCertifications } from './certifications-import.ts';
import { sameDecimalText } from './decimal-text.ts';
import { enterpriseRecord } from './enterprise-sheets.ts';
import { CERTIFICATIONS_SHEET, ENTERPRISE_COLUMNS, ENTERPRISES_SHEET } from './enterprises.columns.ts';
import { type RowError, sheetName } from './exchange-column.ts';
import { enterprisesByUscc } from './exchange-export.repository.ts';
import { findSheet, type Planner } from './import-plan.ts';
import { bodyOf, type DecodedRow, decodeSheet, rowError, validateRow } from './row-codec.ts';

const LABEL = sheetName(ENTERPRISES_SHEET);
type Stored = enterprises.EnterpriseRow;
type Columns = Updateable<EnterprisesTable>;

/** A column the file leaves out keeps the stored value: a partial sheet never clears a field. */
function withStoredValues(row: DecodedRow, stored: Stored | undefined): Record<string, unknown> {
  if (!stored) return row.values;
  const record = enterpriseRecord(stored);
  const values = { ...row.values };
  for (const column of ENTERPRISE_COLUMNS) {
    if (row.index.has(column.key)) continue;
    const coerced = coerceCell(column, (record[column.key] ?? null) as never);
    if (coerced !== undefined && !(coerced instanceof CellProblem)) values[column.key] = coerced;
  }
  return values;
}

/** The stored-form columns of a valid row, or its row errors (the same rules as POST /enterprises). */
async function columnsOf(trx: Parameters<Planner>[0], row: DecodedRow, stored: Stored | undefined) {
  const checked = validateRow(
    createEnterpriseBody,
    bodyOf(withStoredValues(row, stored)),
    LABEL,
    row,
    ENTERPRISE_COLUMNS,
  );
  if ('errors' in checked) return checked;
  const input = checked.data;
  const issues = profileIssues({ ...input, hasFdi: input.fdi !== null });
  if (issues.length > 0)
    return { errors: issues.map((i) => rowError(LABEL, row, ENTERPRISE_COLUMNS, i.path, i.message)) };
  try {
    const place = await resolvePlace(trx, input.districtCode, input.parkId);
    return { columns: { ...enterpriseColumns(input), ...placeColumns(place) } as Columns, input };
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { errors: err.issues.map((i) => rowError(LABEL, row, ENTERPRISE_COLUMNS, i.path, i.message)) };
  }
}

function changedColumns(stored: Stored, columns: Columns): Columns {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(columns)) {
    const before = (stored as Record<string, unknown>)[key];
    const same = key.endsWith('rate_to_cny')
      ? sameDecimalText(before as string | null, value as string | null)
      : before === value;
    if (!same) changes[key] = value;
  }
  return changes as Columns;
}

/** Enterprises by USCC: new ones created, changed fields updated, identical rows unchanged. */
export const planEnterprises: Planner = async (db, scope, workbook, onRow) => {
  const sheet = findSheet(workbook, { name: ENTERPRISES_SHEET, columns: ENTERPRISE_COLUMNS }, 'nameZh');
  const decoded = sheet ? decodeSheet(sheet, ENTERPRISE_COLUMNS, LABEL) : { rows: [], errors: [] };
  const errors: RowError[] = [...decoded.errors];
  if (!sheet) errors.push({ sheet: '', row: 1, column: '', value: '', message: `no ${LABEL} sheet` });
  const usccs = decoded.rows.map((r) => String(r.values.uscc ?? '').toUpperCase());
  const stored = await enterprisesByUscc(db, usccs);
  const creates = new Map<string, Columns>();
  const updates = new Map<string, { stored: Stored; changes: Columns }>();
  const seen = new Set<string>();
  for (const row of decoded.rows) {
    onRow();
    const uscc = String(row.values.uscc ?? '').toUpperCase();
    const result = await columnsOf(db, row, stored.get(uscc));
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    const key = result.input.uscc;
    if (seen.has(key)) {
      errors.push(rowError(LABEL, row, ENTERPRISE_COLUMNS, 'uscc', 'this USCC appears twice in the file'));
      continue;
    }
    seen.add(key);
    const current = stored.get(key);
    if (!current) creates.set(key, result.columns);
    else updates.set(key, { stored: current, changes: changedColumns(current, result.columns) });
  }
  const certificationsSheet = findSheet(workbook, { name: CERTIFICATIONS_SHEET, columns: [] }, '\u0000');
  const certs: CertificationPlan = await planCertifications(db, certificationsSheet, seen, stored, onRow);
  errors.push(...certs.errors);
  const changed = [...updates].filter(([k, u]) => Object.keys(u.changes).length > 0 || certs.changed.has(k));
  return {
    total: decoded.rows.length + certs.total,
    errors,
    summary: { created: creates.size, updated: changed.length, unchanged: updates.size - changed.length },
    async write(trx: Transaction<DB>) {
      const now = scope.now.toISOString();
      const ids = new Map<string, number>();
      for (const [uscc, columns] of creates) {
        const values = { ...columns, created_at: now, updated_at: now } as Insertable<EnterprisesTable>;
        ids.set(uscc, await enterprises.insertEnterprise(trx, values));
      }
      for (const [uscc, { stored: row, changes }] of changed) {
        ids.set(uscc, row.id);
        if (Object.keys(changes).length === 0) continue;
        const won = await enterprises.updateEnterpriseIfVersion(trx, row.id, row.row_version, {
          ...changes,
          updated_at: now,
        });
        if (!won) throw new Error(`enterprise ${uscc} changed during the import: import the file again`);
      }
      for (const [uscc, set] of certs.sets) {
        const id = ids.get(uscc);
        if (id !== undefined && (creates.has(uscc) || certs.changed.has(uscc)))
          await enterprises.replaceCertifications(trx, id, certificationColumns(set));
      }
    },
  };
};
