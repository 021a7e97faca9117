export type Role = 'admin' | 'analyst' | 'enterprise' | 'institute';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  enterpriseId: string | null;
  instituteId: string | null;
}

interface SessionBody {
  user: SessionUser;
  csrfToken: string;
}

/** A non-2xx answer; callers branch on `status` (401 bad credentials, 429 throttled …). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kept in memory only: a token in storage would be readable by any injected script for longer.
let csrfToken: string | null = null;

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new ApiError(response.status, `${method} ${path} answered ${response.status}`);
  // Logout may answer 204 or an empty 200; only parse a body that exists.
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
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
