export { checkPlausibility } from './check-plausibility.ts';
export { JUMP_FACTOR } from './jump.rules.ts';
export {
  type KwhPerEmployeeInput,
  kwhPerEmployee,
  PEER_MIN_COUNT,
  PEER_SPREAD,
  peerRange,
} from './peer-range.rules.ts';
export * from './plausibility.types.ts';
