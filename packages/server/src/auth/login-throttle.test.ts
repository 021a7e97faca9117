import { expect, test } from 'vitest';
import { createTestUser, testClock } from '../../test/app.harness.ts';
import { describeEachDatabase } from '../../test/databases.harness.ts';
import { AuthService } from './auth.service.ts';

const EMAIL = 'capped@example.test';
const PASSWORD = 'violet harbour lantern';

describeEachDatabase('login throttle limits', (use) => {
  const clock = testClock();
  let auth: AuthService;

  test('per (account, address) first, then a per-account cap across addresses', async () => {
    await createTestUser(use(), EMAIL, PASSWORD);
    auth = new AuthService(use(), clock.now, {
      idleMinutes: 30,
      absoluteHours: 12,
      maxFailedPerHour: 2,
      maxFailedPerAccountPerHour: 5,
    });
    const tryFrom = (ip: string, password = 'wrong password here') => auth.login(EMAIL, password, ip);
    expect((await tryFrom('10.0.0.1')).kind).toBe('invalid');
    clock.advanceMinutes(10);
    expect((await tryFrom('10.0.0.1')).kind).toBe('invalid');
    // Two failures (08:00, 08:10): the address is free again when the 08:00 one leaves the hour.
    expect(await tryFrom('10.0.0.1')).toEqual({ kind: 'throttled', retryAfterSeconds: 3000 });
    expect((await tryFrom('10.0.0.2', PASSWORD)).kind).toBe('ok');
    for (const ip of ['10.0.0.2', '10.0.0.3', '10.0.0.3']) expect((await tryFrom(ip)).kind).toBe('invalid');
    // Five failures across three addresses: the account is capped, even with the right password.
    expect(await tryFrom('10.0.0.4', PASSWORD)).toEqual({ kind: 'throttled', retryAfterSeconds: 3000 });
    clock.advanceMinutes(50);
    expect((await tryFrom('10.0.0.4', PASSWORD)).kind).toBe('ok');
  });

  test('mixed-case emails count as one account, and old failures are pruned', async () => {
    expect((await auth.login('CAPPED@example.test', 'wrong password here', '10.0.0.9')).kind).toBe('invalid');
    const rows = await use().db.selectFrom('login_failures').select(['email', 'at']).execute();
    expect(new Set(rows.map((r) => r.email))).toEqual(new Set([EMAIL]));
    const windowStart = new Date(clock.now().getTime() - 3_600_000).toISOString();
    expect(rows.every((r) => r.at >= windowStart)).toBe(true);
  });
});
