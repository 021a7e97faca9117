import type { FieldIssue } from '../filing/validation.ts';
import { COMMON_PASSWORDS } from './common-passwords.data.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the work of hashing an attacker-supplied password (argon2id cost grows with input). */
export const MAX_PASSWORD_LENGTH = 1024;

export interface PasswordContext {
  /** The account's email: a password containing it is the first thing an attacker tries. */
  email?: string;
  /** The field the issues name (`password` by default, e.g. `newPassword` for a change). */
  path?: string;
}

/**
 * The password rules (NIST SP 800-63B §5.1.1.2): at least 12 characters, counted as Unicode code
 * points, and not a known common password (compared case-insensitively, since `Password1234` is no
 * stronger than `password1234` against a guessing attack). No composition rules: they push users to
 * predictable patterns without adding strength. Returns every issue; empty when acceptable.
 */
export function checkPassword(password: string, context: PasswordContext = {}): FieldIssue[] {
  const path = context.path ?? 'password';
  const length = [...password].length;
  const issues: FieldIssue[] = [];
  if (length < MIN_PASSWORD_LENGTH) {
    issues.push({ path, message: `must be at least ${MIN_PASSWORD_LENGTH} characters` });
  } else if (length > MAX_PASSWORD_LENGTH) {
    issues.push({ path, message: `must be at most ${MAX_PASSWORD_LENGTH} characters` });
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) {
    issues.push({ path, message: 'is one of the most common passwords; choose another' });
  }
  const local = context.email?.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) {
    issues.push({ path, message: 'must not contain your email address' });
  }
  return issues;
}
