import { expect, test } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

test('sorts keys at every level and drops undefined', () => {
  expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
    '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
  );
});

test('the same data in another key order gives the same text', () => {
  expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
});
