import type { UserRow } from '../auth/users.repository.ts';
import type { Database } from '../db/dialect.ts';
import { findEnterprise } from '../enterprises/enterprises.repository.ts';
import type { CellValue, Lang, TableSheet } from '../spreadsheets/spreadsheet.types.ts';
import { writeXlsx } from '../spreadsheets/xlsx.writer.ts';
import { col } from './exchange-codes.ts';
import { headerText, type ImportKind, sheetName } from './exchange-column.ts';
import { KIND_SHEETS } from './exchange-kinds.ts';
import type { SheetSpec } from './import-plan.ts';

const NOTE_COLUMNS = [
  col('sheet', ['工作表', 'Sheet'], 'text'),
  col('column', ['列', 'Column'], 'text'),
  col('meaning', ['单位与说明', 'Unit and meaning'], 'text'),
  col('required', ['必填', 'Required'], 'text'),
  col('codes', ['可选代码', 'Codes'], 'text'),
];
const SHOWN_CODES = 12;

function codesText(codes: readonly string[] | undefined, lang: Lang): string {
  if (!codes?.length) return '';
  if (codes.length <= SHOWN_CODES) return codes.join(', ');
  const more =
    lang === 'en' ? `… (${codes.length}, see the drop-down)` : `…（共 ${codes.length} 个，见下拉列表）`;
  return `${codes.slice(0, SHOWN_CODES).join(', ')} ${more}`;
}

/** The notes sheet: one row per column of every data sheet. */
export function notesSheet(specs: readonly SheetSpec[], lang: Lang): TableSheet {
  const yes = lang === 'en' ? 'yes' : '是';
  const rows = specs.flatMap((spec) =>
    spec.columns.map((c): CellValue[] => [
      sheetName(spec.name),
      headerText(c),
      c.note?.[lang] ?? '',
      c.required ? yes : '',
      codesText(c.codes, lang),
    ]),
  );
  return { name: lang === 'en' ? 'Notes' : '说明 Notes', columns: NOTE_COLUMNS, rows };
}

/** The empty data sheets of a kind; a filer's first row carries its USCC, the one it may import. */
export function templateSheets(kind: ImportKind, uscc: string | null): TableSheet[] {
  return KIND_SHEETS[kind].map((spec) => {
    const prefilled = uscc ? [spec.columns.map((c) => (c.key === 'uscc' ? uscc : null))] : [];
    return { name: sheetName(spec.name), columns: spec.columns, rows: prefilled };
  });
}

export async function templateXlsx(
  database: Database,
  actor: UserRow,
  kind: ImportKind,
  lang: Lang,
): Promise<Buffer> {
  const own = actor.role === 'enterprise' && actor.enterprise_id !== null;
  const enterprise = own ? await findEnterprise(database.db, actor.enterprise_id as number) : undefined;
  const specs = KIND_SHEETS[kind];
  return writeXlsx(templateSheets(kind, enterprise?.uscc ?? null), { lang, notes: notesSheet(specs, lang) });
}
