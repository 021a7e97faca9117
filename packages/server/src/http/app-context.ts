import type { AuthService, Clock } from '../auth/auth.service.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/dialect.ts';

/** What every route plugin receives: the database, the clock, the auth service and the settings. */
export interface AppContext {
  database: Database;
  clock: Clock;
  auth: AuthService;
  config: Pick<Config, 'logLevel' | 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'cookieSecure'> &
    Partial<Pick<Config, 'uploadMaxBytes' | 'pdfFontPath'>>;
}
