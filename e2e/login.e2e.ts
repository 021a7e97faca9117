import { MESSAGES } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ANALYST_EMAIL, E2E_DEMO_PASSWORD } from './demo.constants.ts';
import { signInThroughForm } from './sign-in.helper.ts';

const zh = MESSAGES['zh-CN'];
const en = MESSAGES.en;

describe('login', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // A fresh context per test: no cookie, session or stored language leaks from one test to the next.
  beforeEach(async () => {
    // Checked per test (not in beforeAll, which would only skip them) so a dead server counts as failures.
    const serverError = inject('serverError');
    if (serverError) throw new Error(`e2e server did not start: ${serverError}`);
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
  });

  afterEach(async () => {
    await context?.close();
  });

  async function signIn(password: string): Promise<void> {
    await signInThroughForm(page, ANALYST_EMAIL, password);
  }

  it('loads the login page in zh-CN without console errors', async () => {
    await page.goto(baseUrl);
    await expect.poll(() => page.getByLabel(zh.auth.login.email).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getByRole('heading', { name: zh.auth.login.title }).isVisible()).toBe(true);
    await saveScreenshot(page, 'login');
    expect(consoleErrors).toEqual([]);
  });

  it('logs the analyst in to the bureau dashboard and out again', async () => {
    await page.goto(baseUrl);
    await signIn(E2E_DEMO_PASSWORD);
    const nav = page.getByRole('navigation', { name: zh.nav.mainNav });
    await nav.waitFor({ state: 'visible' });
    expect(await page.getByTestId('user-email').textContent()).toBe(ANALYST_EMAIL);
    expect(await nav.getByRole('link', { name: zh.nav.dashboard }).getAttribute('aria-current')).toBe('page');
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await saveScreenshot(page, 'home');

    // Logout is an unsafe request: it only succeeds if the CSRF token from login is sent back.
    const logout = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
    await page.getByRole('button', { name: zh.auth.logout }).click();
    expect((await logout).status()).toBeLessThan(300);
    await page.getByLabel(zh.auth.login.email).waitFor({ state: 'visible' });
    expect(consoleErrors).toEqual([]);
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    await page.goto(baseUrl);
    await page.getByLabel(zh.language.label).selectOption('en');
    await page.getByLabel(en.auth.login.email).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await saveScreenshot(page, 'login-en');

    await page.reload();
    await page.getByLabel(en.auth.login.password).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('shows an alert for a wrong password', async () => {
    await page.goto(baseUrl);
    await signIn('not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toBe(zh.auth.login.error.invalid);
    expect(await page.getByTestId('user-email').count()).toBe(0);
    await saveScreenshot(page, 'login-error');
  });
});
