import { createHash } from 'node:crypto';
import { appendAudit } from '../audit/audit.repository.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { AppContext } from '../http/app-context.ts';
import { notFound } from '../http/http-errors.ts';
import { readSpreadsheet } from '../spreadsheets/spreadsheet.reader.ts';
import { type ReadWorkbook, SpreadsheetError } from '../spreadsheets/spreadsheet.types.ts';
import type { ImportKind, RowError } from './exchange-column.ts';
import { type ImportDto, type ImportMode, STORED_ERROR_CAP, toImportDto } from './import.schemas.ts';
import { failed, type Outcome, summaryOf, ZERO } from './import-outcome.ts';
import { type ImportScope, type Planner, type Progress, rowsWithErrors } from './import-plan.ts';
import { IMPORT_PLANNERS } from './import-planners.ts';
import { importScope, maySee } from './import-scope.ts';
import * as repo from './imports.repository.ts';

export interface ImportRequest {
  kind: ImportKind;
  mode: ImportMode;
  fileName: string;
  bytes: Buffer;
}

/**
 * One import at a time per process: each plans against what is stored and then writes, so two
 * overlapping imports of the same rows would both plan an insert and the second would fail.
 */
let importQueue: Promise<unknown> = Promise.resolve();

/** What an import needs of the app: its database and clock (the CLI runs imports without a server). */
export type ImportContext = Pick<AppContext, 'database' | 'clock'>;

/**
 * Spreadsheet imports: read, validate every row, then write the valid rows in one transaction with one
 * audit entry, or nothing at all. Progress of running imports lives in memory; the outcome in `imports`.
 */
export class ImportService {
  private readonly progress = new Map<number, Progress>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly planners: Record<ImportKind, Planner> = IMPORT_PLANNERS,
  ) {}

  /** Records the import as running and starts it; `done` settles (never rejects) when it has finished. */
  async start(actor: UserRow, request: ImportRequest, onProgress?: (p: Progress) => void) {
    const scope = importScope(actor, request.kind, this.ctx.clock(), this.ctx.database.kind);
    const sha256 = createHash('sha256').update(request.bytes).digest('hex');
    const id = await repo.insertImport(this.ctx.database.db, {
      user_id: actor.id,
      enterprise_id: scope.enterpriseId,
      kind: request.kind,
      mode: request.mode,
      file_name: request.fileName,
      content_sha256: sha256,
      status: 'running',
      rows_total: 0,
      summary_json: '{}',
      errors_json: '[]',
      created_at: scope.now.toISOString(),
    });
    this.progress.set(id, { done: 0, total: 0 });
    const report = (p: Progress) => {
      this.progress.set(id, p);
      onProgress?.(p);
    };
    const done = importQueue
      .then(() => this.run(id, scope, request, sha256, report))
      .catch((err: unknown) => this.finish(id, failed(err instanceof Error ? err.message : String(err))))
      .finally(() => this.progress.delete(id));
    importQueue = done;
    return { id, done };
  }

  async get(actor: UserRow, id: number): Promise<ImportDto> {
    const row = await repo.findImport(this.ctx.database.db, id);
    if (!row || !maySee(actor, row)) throw notFound();
    return toImportDto(row, this.progress.get(id));
  }

  async list(actor: UserRow, page: { limit: number; offset: number }) {
    const visibility = { enterpriseId: actor.role === 'enterprise' ? (actor.enterprise_id ?? -1) : null };
    const { db } = this.ctx.database;
    const rows = await repo.listImports(db, visibility, page);
    const total = await repo.countImports(db, visibility);
    return { items: rows.map((r) => toImportDto(r, this.progress.get(r.id))), total };
  }

  /** Every stored row error (up to STORED_ERROR_CAP), for the errors.xlsx row report. */
  async errors(actor: UserRow, id: number): Promise<RowError[]> {
    const row = await repo.findImport(this.ctx.database.db, id);
    if (!row || !maySee(actor, row)) throw notFound();
    return JSON.parse(row.errors_json) as RowError[];
  }

  private async run(
    id: number,
    scope: ImportScope,
    request: ImportRequest,
    sha256: string,
    report: (p: Progress) => void,
  ) {
    const { db } = this.ctx.database;
    const earlier = await repo.findSucceededImport(db, request.kind, sha256, scope.enterpriseId);
    if (earlier) {
      return this.finish(id, {
        status: 'unchanged',
        summary: summaryOf(ZERO, [], earlier.id),
        errors: [],
        total: 0,
      });
    }
    const plan = await this.plan(scope, request, report);
    if (typeof plan === 'string') return this.finish(id, failed(plan));
    const skipped = rowsWithErrors(plan.errors);
    if (skipped > 0 && request.mode === 'all-or-nothing') {
      const summary = summaryOf({ ...ZERO, skipped }, plan.errors, null);
      return this.finish(id, { status: 'rejected', summary, errors: plan.errors, total: plan.total });
    }
    const summary = summaryOf({ ...plan.summary, skipped }, plan.errors, null);
    await db.transaction().execute(async (trx) => {
      await plan.write(trx, this.ctx.database);
      await appendAudit(trx, this.ctx.database.kind, {
        at: scope.now.toISOString(),
        actorUserId: scope.actor.id,
        action: `import.${request.kind}`,
        entity: 'import',
        entityId: String(id),
        detail: { fileName: request.fileName, sha256, mode: request.mode, ...summary },
      });
    });
    report({ done: plan.total, total: plan.total });
    return this.finish(id, { status: 'succeeded', summary, errors: plan.errors, total: plan.total });
  }

  /**
   * Reads and validates the file: the plan, or why the file was refused. The workbook lives only
   * here, so a large file's cells are garbage before the write begins.
   */
  private async plan(scope: ImportScope, request: ImportRequest, report: (p: Progress) => void) {
    let workbook: ReadWorkbook;
    try {
      workbook = await readSpreadsheet(request.bytes, request.fileName);
    } catch (err) {
      if (err instanceof SpreadsheetError) return err.message;
      throw err;
    }
    const total = workbook.sheets.reduce((n, s) => n + s.rows.length, 0);
    let done = 0;
    report({ done, total });
    const onRow = () => {
      done++;
      if (done % 1000 === 0) report({ done, total });
    };
    return this.planners[request.kind](this.ctx.database.db, scope, workbook, onRow);
  }

  private async finish(id: number, outcome: Outcome): Promise<ImportDto> {
    const { db } = this.ctx.database;
    await repo.finishImport(db, id, {
      status: outcome.status,
      rows_total: outcome.total,
      summary_json: JSON.stringify(outcome.summary),
      errors_json: JSON.stringify(outcome.errors.slice(0, STORED_ERROR_CAP)),
      finished_at: this.ctx.clock().toISOString(),
    });
    const row = await repo.findImport(db, id);
    if (!row) throw notFound();
    return toImportDto(row, undefined);
  }
}
