import type { MessageKey } from '@greenshore/core';
import type { Role } from './api.client.ts';

// Explicit maps instead of `roles.${role}`: keys stay greppable and a new role fails `tsc` here.
export const ROLE_LABEL_KEYS = {
  admin: 'roles.admin',
  analyst: 'roles.analyst',
  enterprise: 'roles.enterprise',
  institute: 'roles.institute',
} as const satisfies Record<Role, MessageKey>;

/** Which part of the product each role lands in once the dashboards exist. */
export const ROLE_AREA_KEYS = {
  admin: 'areas.bureau',
  analyst: 'areas.bureau',
  enterprise: 'areas.enterprise',
  institute: 'areas.institute',
} as const satisfies Record<Role, MessageKey>;
