import { expect, test } from 'vitest';
import { ApiError } from '../../api.client.ts';
import { numberOrText, optionalId, outcomeOfError } from './admin-form.model.ts';

test('field issues land under their paths; header issues mean the ETag was stale', () => {
  const invalid = new ApiError(400, 'invalid', [{ path: 'annual.month', message: 'too big' }]);
  expect(outcomeOfError(invalid)).toEqual({ kind: 'invalid', issues: { 'annual.month': 'too big' } });
  const taken = new ApiError(409, 'taken', [{ path: 'id', message: 'is taken' }]);
  expect(outcomeOfError(taken)).toEqual({ kind: 'invalid', issues: { id: 'is taken' } });
  expect(outcomeOfError(new ApiError(412, 'stale', [{ path: 'headers.if-match', message: 'x' }]))).toEqual({
    kind: 'stale',
  });
  expect(outcomeOfError(new ApiError(403, 'no', [{ path: 'role', message: 'no' }]))).toEqual({
    kind: 'failed',
    message: 'no',
  });
});

test('numbers are sent as numbers, anything else as typed so the server names the field', () => {
  expect(numberOrText(' 0 ')).toBe(0);
  expect(numberOrText('1650.5')).toBe(1650.5);
  expect(numberOrText('')).toBe('');
  expect(numberOrText('12a')).toBe('12a');
  expect(optionalId('')).toBeNull();
  expect(optionalId('7')).toBe(7);
});
