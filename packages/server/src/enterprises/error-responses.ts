import { errorDto } from '../http/common.schemas.ts';

/** 422 in this area also means a filing rule refused the request (a closed filing window). */
export const filingRuleError = {
  422: errorDto.describe(
    'A filing rule refuses it (e.g. the filing window is closed), or Idempotency-Key reuse',
  ),
};
