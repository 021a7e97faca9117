export type { AuditVerifyOutcome } from './audit/audit-verify.ts';
export { verifyAuditChain } from './audit/audit-verify.ts';
export { createAdmin } from './auth/admin.service.ts';
export { cliActor } from './auth/cli-actor.ts';
export { listLogins } from './auth/users.repository.ts';
export { openReadyDatabase, startServer } from './boot.ts';
export type { Config } from './config/config.ts';
export { ConfigError, loadConfig } from './config/config.ts';
export type { Database } from './db/dialect.ts';
export { DurabilityError } from './db/dialect.ts';
export { migrateToLatest } from './db/migrate.ts';
export type { PdfFile } from './documents/documents.service.ts';
export { parseDocumentLanguage, parseDocumentYear } from './documents/documents.service.ts';
export { documentsOutsideServer } from './documents/documents-context.ts';
export { IMPORT_KINDS, type ImportKind } from './exchange/exchange-column.ts';
export { IMPORT_MODES, type ImportDto } from './exchange/import.schemas.ts';
export { importFileAs } from './exchange/import-runner.ts';
export type { ExportFile } from './exports/export.service.ts';
export {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportFormat,
  type ExportKind,
} from './exports/export-filters.ts';
export { exportAsFirstAdmin, exportFilterNames } from './exports/export-runner.ts';
export { buildApp } from './http/app.ts';
export { HttpError } from './http/http-errors.ts';
export { DEMO_DOMAIN, seedDemoCity } from './seed/demo.service.ts';
