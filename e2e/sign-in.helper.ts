import { type Language, MESSAGES } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_DEMO_PASSWORD } from './demo.constants.ts';

/** Matches packages/web/src/i18n.setup.ts: the language the app restores on load. */
const LANGUAGE_STORAGE_KEY = 'greenshore.language';

/**
 * A fresh browser context in one language, logged in through the API (the login form itself is covered
 * by login.e2e.ts), so each page test starts from a real session cookie without retyping credentials.
 */
export async function contextFor(
  browser: Browser,
  baseUrl: string,
  lang: Language,
  email: string | null,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    LANGUAGE_STORAGE_KEY,
    lang,
  ] as const);
  if (email) {
    const res = await context.request.post('/api/v1/auth/login', {
      data: { email, password: E2E_DEMO_PASSWORD },
    });
    if (res.status() !== 200) throw new Error(`login of ${email} answered ${res.status()}`);
  }
  return context;
}

export const ADMIN_EMAIL = 'admin@demo.greenshore.cn';
export const FILER_E001_EMAIL = 'filer.e001@demo.greenshore.cn';

/** Signs in through the zh-CN login form, submitting with Enter (which proves the form works from the keyboard). */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = E2E_DEMO_PASSWORD,
): Promise<void> {
  const { auth } = MESSAGES['zh-CN'];
  await page.getByLabel(auth.login.email).fill(email);
  await page.getByLabel(auth.login.password).fill(password);
  await page.getByLabel(auth.login.password).press('Enter');
}
