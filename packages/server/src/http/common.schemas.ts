import { z } from 'zod';

/** The one error body of the API (spec/api.md "Validation"). */
export const errorDto = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

/** Error answers to list in a route's OpenAPI schema. */
export const errorResponses = {
  400: errorDto.describe('Invalid request; each issue names the field'),
  401: errorDto.describe('Not logged in'),
  403: errorDto.describe('Not allowed for this role, or missing CSRF token'),
  404: errorDto.describe('Not found (also for another tenant’s ids)'),
  409: errorDto.describe('Conflicts with the current state'),
  412: errorDto.describe('If-Match is stale'),
  422: errorDto.describe('Idempotency-Key reused with another body'),
  428: errorDto.describe('If-Match missing'),
} as const;

type ErrorStatus = keyof typeof errorResponses;

/** The error answers a route can give, for its OpenAPI schema (only the relevant ones). */
export function errorsFor<S extends ErrorStatus>(...statuses: S[]): Pick<typeof errorResponses, S> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponses[s]])) as Pick<typeof errorResponses, S>;
}

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const idParams = z.object({ id: z.coerce.number().int().positive() });

/** `{items, total}` of spec/api.md "Lists". */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
