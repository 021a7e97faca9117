/** Pure comparisons behind the review view: a filing or result against an earlier one, field by field. */

export type Scalar = string | number | boolean | null;

export interface DiffRow {
  path: string;
  current: Scalar | undefined;
  previous: Scalar | undefined;
  changed: boolean;
  /** current − previous when both are numbers. */
  delta: number | null;
  /** delta / |previous| when previous is a non-zero number. */
  relative: number | null;
}

/**
 * Revenue lines are keyed by category and client country rather than position, so a reordered or
 * inserted line does not show every later line as changed.
 */
function elementKey(element: unknown, index: number): string {
  if (element && typeof element === 'object') {
    const { category, clientCountry } = element as { category?: unknown; clientCountry?: unknown };
    if (typeof category === 'string')
      return typeof clientCountry === 'string' ? `${category}/${clientCountry}` : category;
  }
  return String(index);
}

/** Nested objects and arrays as dotted paths to scalar leaves, in document order. */
export function flatten(value: unknown, prefix = '', out = new Map<string, Scalar>()): Map<string, Scalar> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) flatten(v, `${prefix}[${elementKey(v, i)}]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value as Scalar);
  }
  return out;
}

function rowOf(path: string, current: Scalar | undefined, previous: Scalar | undefined): DiffRow {
  const numeric = typeof current === 'number' && typeof previous === 'number';
  const delta = numeric ? current - previous : null;
  const relative = delta !== null && previous !== 0 ? delta / Math.abs(previous as number) : null;
  return { path, current, previous, changed: current !== previous, delta, relative };
}

/** Every path of either side; paths only the previous side had come last. */
export function diffValues(current: unknown, previous: unknown): DiffRow[] {
  const now = flatten(current);
  const before = flatten(previous);
  const rows = [...now].map(([path, value]) => rowOf(path, value, before.get(path)));
  for (const [path, value] of before) if (!now.has(path)) rows.push(rowOf(path, undefined, value));
  return rows;
}

/** The results a reviewer weighs first, by their path in the calculation result. */
export const KEY_RESULTS = [
  ['totalLocationKgCo2e', 'emissions.totalLocationKgCo2e'],
  ['totalMarketKgCo2e', 'emissions.totalMarketKgCo2e'],
  ['electricityKwh', 'energy.electricityKwh'],
  ['tceEquivalent', 'energy.tceEquivalent'],
  ['grossOutputCny', 'valueAdded.grossOutputCny'],
  ['valueAddedCny', 'valueAdded.valueAddedCny'],
  ['valueAddedRate', 'valueAdded.valueAddedRate'],
  ['offshoreShare', 'structure.offshoreShare'],
  ['taxesPaidCny', 'fiscal.taxesPaidCny'],
  ['kgCo2ePer10kCnyValueAdded', 'intensities.kgCo2ePer10kCnyValueAdded'],
] as const;
export type KeyResult = (typeof KEY_RESULTS)[number][0];

/** The key results of two calculation results side by side (rows keyed by KeyResult). */
export function diffKeyResults(current: unknown, previous: unknown): (DiffRow & { key: KeyResult })[] {
  const now = flatten(current);
  const before = flatten(previous);
  return KEY_RESULTS.map(([key, path]) => ({ key, ...rowOf(path, now.get(path), before.get(path)) }));
}
