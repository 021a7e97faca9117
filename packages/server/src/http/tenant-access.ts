import type { UserRow } from '../auth/users.repository.ts';
import { notFound } from './http-errors.ts';

/** Bureau staff see every enterprise; anyone else only their own. */
export function isBureau(user: UserRow): boolean {
  return user.role === 'analyst' || user.role === 'admin';
}

/**
 * Tenant isolation: a filer reaches only its own enterprise. Anything else answers 404, the same
 * answer as an id that does not exist, so ids cannot be probed.
 */
export function assertEnterpriseAccess(user: UserRow, enterpriseId: number): void {
  if (isBureau(user)) return;
  if (user.role === 'enterprise' && user.enterprise_id === enterpriseId) return;
  throw notFound();
}

/** The same rule for a training institute's data. */
export function assertInstituteAccess(user: UserRow, instituteId: number): void {
  if (isBureau(user)) return;
  if (user.role === 'institute' && user.institute_id === instituteId) return;
  throw notFound();
}
