import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of every table. Conventions (portable across SQLite and PostgreSQL):
 * money as integer fen (`…_fen`, BIGINT), exchange rates and factor values as decimal strings,
 * dates as ISO `YYYY-MM-DD` text, timestamps as ISO-8601 UTC text, flags as 0/1 integers,
 * JSON documents as text (`…_json`).
 */
export interface DistrictsTable {
  id: Generated<number>;
  code: string;
  city_code: string;
  province_code: string;
  name_zh: string;
  name_en: string;
  is_zone: Generated<number>;
}

export interface ParksTable {
  id: Generated<number>;
  district_id: number;
  name_zh: string;
  name_en: string;
}

export interface EnterprisesTable {
  id: Generated<number>;
  uscc: string;
  name_zh: string;
  name_en: string;
  district_id: number;
  park_id: number | null;
  city_code: string;
  ownership: string;
  investor_country: string | null;
  registered_capital_fen: Generated<number>;
  fdi_currency: string | null;
  fdi_amount_minor: number | null;
  fdi_amount_fen: number | null;
  fdi_rate_to_cny: string | null;
  founded_on: string | null;
  tase: Generated<number>;
  tase_valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  main_service_code: string;
  row_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CertificationsTable {
  id: Generated<number>;
  enterprise_id: number;
  kind: string;
  level: string | null;
  valid_from: string;
  valid_to: string;
}

export interface InstitutesTable {
  id: Generated<number>;
  uscc: string;
  name_zh: string;
  name_en: string;
  district_id: number;
  city_code: string;
  created_at: string;
}

export interface CohortsTable {
  id: Generated<number>;
  institute_id: number;
  name_zh: string;
  name_en: string;
  focus_area: string;
  start_on: string;
  end_on: string;
  enrolled: number;
  completed: number;
  certified: number;
  placed: number;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  role: 'admin' | 'analyst' | 'enterprise' | 'institute';
  enterprise_id: number | null;
  institute_id: number | null;
  display_name: string;
  disabled_at: string | null;
  created_at: string;
  /** Incremented by every change: the ETag of GET /users/{id} (migration 003). */
  row_version: Generated<number>;
}

/** Failed logins per (account, client address), for throttling (docs/adr/0005, migration 003). */
export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  client_ip: string;
  at: string;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  name: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ContractsTable {
  id: Generated<number>;
  enterprise_id: number;
  client_name: string;
  client_country: string;
  service_code: string;
  signed_on: string;
  currency: string;
  value_minor: number;
  value_fen: number;
  rate_to_cny: string;
  offshore: number;
  /** The enterprise's own contract number, unique per enterprise; spreadsheets name contracts by it. */
  reference: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
}

export interface ContractExecutionsTable {
  id: Generated<number>;
  contract_id: number;
  period_start: string;
  period_end: string;
  amount_minor: number;
  amount_fen: number;
  /** The rate used when it differs from the contract's; null means the contract's rate. */
  rate_to_cny: ColumnType<string | null, string | null | undefined, string | null>;
  /** Person-months worked for this execution (decimal text), when filed: a carbon allocation key. */
  person_months: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
}

/** One spreadsheet import: its file's hash makes a re-import a no-op; errors are the row report. */
export interface ImportsTable {
  id: Generated<number>;
  user_id: number;
  enterprise_id: number | null;
  kind: string;
  mode: 'all-or-nothing' | 'valid-only';
  file_name: string;
  content_sha256: string;
  status: 'running' | 'succeeded' | 'rejected' | 'failed' | 'unchanged';
  rows_total: number;
  summary_json: string;
  errors_json: string;
  created_at: string;
  finished_at: string | null;
}

export interface ReportsTable {
  id: Generated<number>;
  enterprise_id: number;
  period_type: 'monthly' | 'quarterly' | 'annual';
  period_start: string;
  period_end: string;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  current_version: number;
  created_at: string;
  updated_at: string;
}

/** Append-only: every version ever stored, with its computed result and the factors it used. */
export interface ReportVersionsTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  status: 'draft' | 'submitted' | 'approved' | 'returned';
  filing_json: string;
  result_json: string;
  calculation_version: string;
  factor_ids: string;
  explanation: string | null;
  return_reason: string | null;
  change_reason: string | null;
  actor_user_id: number | null;
  created_at: string;
  /** Plausibility flags `[{code, message}]` computed when this version was stored. */
  flags_json: Generated<string>;
}

export interface IdempotencyKeysTable {
  id: Generated<number>;
  user_id: number;
  idempotency_key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number;
  response_json: string;
  created_at: string;
}

export interface EmissionFactorsTable {
  id: string;
  kind: string;
  region: string;
  year: number;
  value: string;
  unit: string;
  source: string;
  published_on: string | null;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value_json: string;
  updated_at: string;
}

export interface TargetsTable {
  id: Generated<number>;
  city_code: string;
  year: number;
  indicator_key: string;
  value: string;
  created_at: string;
}

/** Append-only, hash-chained: hash = sha256(prev_hash + canonical JSON of the entry). */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

export interface DB {
  districts: DistrictsTable;
  parks: ParksTable;
  enterprises: EnterprisesTable;
  certifications: CertificationsTable;
  institutes: InstitutesTable;
  cohorts: CohortsTable;
  users: UsersTable;
  login_failures: LoginFailuresTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  contracts: ContractsTable;
  contract_executions: ContractExecutionsTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  emission_factors: EmissionFactorsTable;
  settings: SettingsTable;
  targets: TargetsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  imports: ImportsTable;
}
