import { describe, expect, test } from 'vitest';
import { accountTenancyIssues } from './account-tenancy.ts';
import { COMMON_PASSWORDS } from './common-passwords.data.ts';
import { checkPassword, MIN_PASSWORD_LENGTH } from './password-policy.ts';

describe('checkPassword', () => {
  test('a long uncommon password passes', () => {
    expect(checkPassword('violet-harbour-lantern-42')).toEqual([]);
  });

  test('11 characters is too short, 12 is enough', () => {
    expect(checkPassword('x7#kq9!mz2p')).toEqual([
      { path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
    expect(checkPassword('x7#kq9!mz2pw')).toEqual([]);
  });

  test('length counts characters, not UTF-16 units or bytes', () => {
    expect(checkPassword('绿色服务外包低碳经济示范城')).toEqual([]);
    expect(checkPassword('😀😀😀😀😀😀')).toHaveLength(1); // 6 code points, 12 UTF-16 units
  });

  test.each(['password1234', 'qwertyuiop123', '123456789012', 'Password1234', 'QWERTYUIOP123'])(
    'the common password %s is refused, whatever its case',
    (password) => {
      expect(checkPassword(password)).toEqual([
        { path: 'password', message: expect.stringContaining('common') },
      ]);
    },
  );

  test('a short common password gets both issues', () => {
    expect(checkPassword('letmein').map((i) => i.message)).toEqual([
      expect.stringContaining('at least'),
      expect.stringContaining('common'),
    ]);
  });

  test('the issue names the field it is given', () => {
    expect(checkPassword('short', { path: 'newPassword' })[0]?.path).toBe('newPassword');
  });

  test('a password containing the email name is refused', () => {
    expect(checkPassword('mei.lin-2026-spring', { email: 'Mei.Lin@example.cn' })).toEqual([
      { path: 'password', message: 'must not contain your email address' },
    ]);
  });

  test('the list holds a few hundred lower-case entries, long ones included', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300);
    for (const p of COMMON_PASSWORDS) expect(p).toBe(p.toLowerCase());
    expect([...COMMON_PASSWORDS].filter((p) => p.length >= MIN_PASSWORD_LENGTH).length).toBeGreaterThan(50);
  });
});

describe('accountTenancyIssues', () => {
  test('a filer needs its tenant, bureau staff have none', () => {
    expect(accountTenancyIssues({ role: 'enterprise', enterpriseId: 3, instituteId: null })).toEqual([]);
    expect(accountTenancyIssues({ role: 'analyst', enterpriseId: null, instituteId: null })).toEqual([]);
    expect(accountTenancyIssues({ role: 'enterprise', enterpriseId: null, instituteId: null })).toEqual([
      { path: 'enterpriseId', message: 'required for role enterprise' },
    ]);
    expect(
      accountTenancyIssues({ role: 'admin', enterpriseId: 1, instituteId: 2 }).map((i) => i.path),
    ).toEqual(['enterpriseId', 'instituteId']);
  });
});
