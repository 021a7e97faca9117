import { AuthService, type Clock } from '../auth/auth.service.ts';
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
