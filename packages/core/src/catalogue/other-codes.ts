/** Ownership, grid regions and the offshore rule of spec/catalogue.md. */

export const OWNERSHIP_KINDS = ['state', 'private', 'foreign', 'joint-venture', 'hmt'] as const;
export type OwnershipKind = (typeof OWNERSHIP_KINDS)[number];

/** Foreign-invested = wholly foreign-owned, joint ventures and Hong Kong/Macao/Taiwan-invested firms. */
export function isForeignInvested(kind: OwnershipKind): boolean {
  return kind === 'foreign' || kind === 'joint-venture' || kind === 'hmt';
}

export const GRID_REGIONS = [
  'national',
  'north',
  'northeast',
  'east',
  'central',
  'northwest',
  'south',
  'southwest',
] as const;
export type GridRegion = (typeof GRID_REGIONS)[number];

/** Offshore means the client is outside the mainland, so HK, MO and TW are offshore. */
export function isOffshoreCountry(countryCode: string): boolean {
  return countryCode !== 'CN';
}
