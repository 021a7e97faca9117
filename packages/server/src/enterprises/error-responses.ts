import { errorDto, errorResponses } from '../http/common.schemas.ts';

type ErrorStatus = keyof typeof errorResponses;

/** The error answers a route can give, for its OpenAPI schema (only the relevant ones). */
export function errorsFor<S extends ErrorStatus>(...statuses: S[]): Pick<typeof errorResponses, S> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponses[s]])) as Pick<typeof errorResponses, S>;
}

/** 422 in this area also means a filing rule refused the request (a closed filing window). */
export const filingRuleError = {
  422: errorDto.describe(
    'A filing rule refuses it (e.g. the filing window is closed), or Idempotency-Key reuse',
  ),
};
