export type Role = 'admin' | 'analyst' | 'enterprise' | 'institute';

export interface SessionUser {
  id: number;
  email: string;
  role: Role;
  enterpriseId: number | null;
  instituteId: number | null;
}

interface SessionBody {
  user: SessionUser;
  csrfToken: string;
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** A non-2xx answer; callers branch on `status` and show `issues`, which name the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kept in memory only: a token in storage would be readable by any injected script for longer.
let csrfToken: string | null = null;

/** The session's CSRF token, for the few calls that cannot go through `apiRequest` (raw file uploads). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

export interface RequestOptions {
  body?: unknown;
  /** The ETag from the last read, for PUT/PATCH (optimistic concurrency). */
  ifMatch?: string;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
}

/** One call to the API: JSON in and out, the CSRF token on unsafe methods, errors as ApiError. */
export async function apiRequest<T>(
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    credentials: 'same-origin',
  });
  // Logout may answer 204 or an empty 200; only parse a body that exists.
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const body = (parsed ?? {}) as { error?: string; issues?: FieldIssue[] };
    throw new ApiError(
      response.status,
      body.error ?? `${method} ${path} answered ${response.status}`,
      body.issues ?? [],
    );
  }
  return { data: parsed as T, etag: response.headers.get('etag') };
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  return (await apiRequest<T>(method, path, { body })).data;
}

function keepToken(session: SessionBody): SessionUser {
  csrfToken = session.csrfToken;
  return session.user;
}

export async function login(email: string, password: string): Promise<SessionUser> {
  return keepToken(await request<SessionBody>('POST', '/auth/login', { email, password }));
}

/** The current session's user, or `null` when not logged in (401). */
export async function fetchCurrentUser(): Promise<SessionUser | null> {
  try {
    return keepToken(await request<SessionBody>('GET', '/auth/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await request<unknown>('POST', '/auth/logout');
  } finally {
    csrfToken = null;
  }
}
