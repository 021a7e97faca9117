import type { FieldIssue } from '@greenshore/core';

/** An error that maps to an HTTP answer; `issues` name the fields at fault. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const unauthorized = () =>
  new HttpError(401, 'authentication required', [
    { path: 'headers.authorization', message: 'log in (session cookie) or send a bearer token' },
  ]);
export const forbidden = (message = 'not allowed for your role') =>
  new HttpError(403, message, [{ path: 'role', message }]);
/** Also the answer across tenants, so ids cannot be probed. */
export const notFound = (path = 'id') =>
  new HttpError(404, 'not found', [{ path, message: 'no such resource' }]);
