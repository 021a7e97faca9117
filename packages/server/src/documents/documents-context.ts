import { AuthService, type Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/dialect.ts';
import type { AppContext } from '../http/app-context.ts';
import { DocumentsService } from './documents.service.ts';

/**
 * The documents service outside the HTTP server (CLI, sample script): the same services read the
 * same database. The auth service is built only because the context type carries it; nothing logs in.
 */
export function documentsOutsideServer(
  database: Database,
  config: Partial<Pick<Config, 'pdfFontPath'>>,
  clock: Clock = () => new Date(),
): DocumentsService {
  const ctx: AppContext = {
    database,
    clock,
    auth: new AuthService(database, clock, { idleMinutes: 30, absoluteHours: 12, maxFailedPerHour: 100 }),
    config: {
      logLevel: 'silent',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      cookieSecure: false,
      ...config,
    },
  };
  return new DocumentsService(ctx);
}

/**
 * Whoever runs the CLI can open the database itself, so it reads documents with bureau rights. The id
 * matches no account; it is never written anywhere (reading a document changes nothing).
 */
export const CLI_OPERATOR: UserRow = {
  id: 0,
  email: 'cli-operator',
  password_hash: '',
  role: 'analyst',
  enterprise_id: null,
  institute_id: null,
  display_name: 'CLI operator',
  disabled_at: null,
  created_at: '1970-01-01T00:00:00.000Z',
  row_version: 0,
};
