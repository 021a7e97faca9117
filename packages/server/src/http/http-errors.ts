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

export const unauthorized = () => new HttpError(401, 'authentication required');
export const forbidden = (message = 'not allowed for your role') => new HttpError(403, message);
/** Also the answer across tenants, so ids cannot be probed. */
export const notFound = () => new HttpError(404, 'not found');
