export { checkPlausibility } from './check-plausibility.ts';
export { type KwhPerEmployeeInput, kwhPerEmployee } from './peer-range.rules.ts';
export * from './plausibility.types.ts';
