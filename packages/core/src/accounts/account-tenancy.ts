import type { FieldIssue } from '../filing/validation.ts';

export const ACCOUNT_ROLES = ['admin', 'analyst', 'enterprise', 'institute'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export interface AccountTenancy {
  role: AccountRole;
  enterpriseId: number | null;
  instituteId: number | null;
}

/**
 * Which tenant an account belongs to follows from its role: an enterprise filer belongs to exactly
 * one enterprise, an institute filer to one institute, bureau staff to neither (they see all).
 */
export function accountTenancyIssues(a: AccountTenancy): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (a.role === 'enterprise' && a.enterpriseId === null) {
    issues.push({ path: 'enterpriseId', message: 'required for role enterprise' });
  }
  if (a.role === 'institute' && a.instituteId === null) {
    issues.push({ path: 'instituteId', message: 'required for role institute' });
  }
  if (a.role !== 'enterprise' && a.enterpriseId !== null) {
    issues.push({ path: 'enterpriseId', message: 'only for role enterprise' });
  }
  if (a.role !== 'institute' && a.instituteId !== null) {
    issues.push({ path: 'instituteId', message: 'only for role institute' });
  }
  return issues;
}
