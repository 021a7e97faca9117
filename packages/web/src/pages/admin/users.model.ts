import { apiRequest, type Role } from '../../api.client.ts';
import { optionalId } from './admin-form.model.ts';

export const ROLES: readonly Role[] = ['admin', 'analyst', 'enterprise', 'institute'];

export interface UserAccount {
  id: number;
  email: string;
  role: Role;
  enterpriseId: number | null;
  instituteId: number | null;
  displayName: string;
  disabled: boolean;
  version: number;
}

export interface UserList {
  items: UserAccount[];
  total: number;
}

export const USER_FIELDS = [
  'email',
  'displayName',
  'password',
  'role',
  'enterpriseId',
  'instituteId',
] as const;
export type UserField = (typeof USER_FIELDS)[number];
export type UserForm = Record<UserField, string>;

export function emptyUserForm(): UserForm {
  return { email: '', displayName: '', password: '', role: 'analyst', enterpriseId: '', instituteId: '' };
}

export async function createUser(form: UserForm): Promise<void> {
  await apiRequest('POST', '/users', {
    body: {
      ...form,
      enterpriseId: optionalId(form.enterpriseId),
      instituteId: optionalId(form.instituteId),
    },
  });
}

/** Reads the account's current ETag first: the list carries no per-row ETag. */
export async function patchUser(id: number, patch: { role?: Role; disabled?: boolean }): Promise<void> {
  const current = await apiRequest<UserAccount>('GET', `/users/${id}`);
  await apiRequest('PATCH', `/users/${id}`, { body: patch, ifMatch: current.etag ?? undefined });
}

/** The one tenant id a filer belongs to, for the table. */
export function tenantOf(u: UserAccount): string {
  return String(u.enterpriseId ?? u.instituteId ?? '—');
}

export const USERS_PAGE_SIZE = 50;

export function usersPath(query: { role: Role | ''; offset: number }): string {
  const role = query.role ? `&role=${query.role}` : '';
  return `/users?limit=${USERS_PAGE_SIZE}&offset=${query.offset}${role}`;
}
