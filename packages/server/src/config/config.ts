import path from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from '../db/dialect.ts';

/** Spreadsheet uploads larger than this are refused before they are read in full. */
export const DEFAULT_UPLOAD_MAX_MB = 20;
/** The CJK font of the PDF reports: Debian's fonts-wqy-microhei. */
export const DEFAULT_PDF_FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

const booleanFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every environment variable the server reads, parsed once at boot (DESIGN.md: config validated once). */
const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the embedded SQLite)')
    .optional(),
  GREENSHORE_DEMO: booleanFlag.default(true),
  GREENSHORE_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  COOKIE_SECURE: booleanFlag.default(false),
  WEB_DIST_DIR: z.string().min(1).optional(),
  GREENSHORE_UPLOAD_MAX_MB: z.coerce
    .number({ error: 'must be a number of megabytes' })
    .positive()
    .max(1024)
    .default(DEFAULT_UPLOAD_MAX_MB),
  GREENSHORE_PDF_FONT: z.string().min(1).default(DEFAULT_PDF_FONT_PATH),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseTarget;
  demo: boolean;
  demoPassword: string | undefined;
  logLevel: z.output<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  webDistDir: string | undefined;
  uploadMaxBytes: number;
  pdfFontPath: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws a ConfigError listing every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'greenshore.db') },
    demo: e.GREENSHORE_DEMO,
    demoPassword: e.GREENSHORE_DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    webDistDir: e.WEB_DIST_DIR,
    uploadMaxBytes: Math.round(e.GREENSHORE_UPLOAD_MAX_MB * 1024 * 1024),
    pdfFontPath: e.GREENSHORE_PDF_FONT,
  };
}
