import { LANGUAGES, type Language } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.helper.ts';
import { launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ANALYST_EMAIL } from './demo.constants.ts';
import { ADMIN_EMAIL, contextFor, FILER_E001_EMAIL } from './sign-in.helper.ts';

/** Every main page, as the role that uses it; `name` is the screenshot's file name. */
const PAGES = [
  { name: 'login', path: '/', email: null },
  { name: 'dashboard', path: '/dashboard', email: ANALYST_EMAIL },
  { name: 'review', path: '/review', email: ANALYST_EMAIL },
  { name: 'completeness', path: '/completeness', email: ANALYST_EMAIL },
  { name: 'enterprises', path: '/enterprises', email: ANALYST_EMAIL },
  { name: 'enterprise', path: '/enterprises/2', email: ANALYST_EMAIL },
  { name: 'portal', path: '/portal', email: FILER_E001_EMAIL },
  { name: 'admin', path: '/admin', email: ADMIN_EMAIL },
  { name: 'admin-factors', path: '/admin/factors', email: ADMIN_EMAIL },
  { name: 'admin-benchmark', path: '/admin/benchmark', email: ADMIN_EMAIL },
  { name: 'admin-deadlines', path: '/admin/deadlines', email: ADMIN_EMAIL },
] as const;

/** Waits until the page's data has arrived: no request in flight and no loading placeholder left. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('#main').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
    timeout: 15_000,
  });
  // Charts animate in; let them finish so the screenshot and the contrast checks see the final state.
  await page.waitForTimeout(600);
}

describe('accessibility (axe-core: no serious or critical violations) and screenshots', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  // One logged-in context per user and language: logging in once per page would be slow and noisy.
  const contexts = new Map<string, BrowserContext>();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser?.close();
  });

  async function contextOf(lang: Language, email: string | null): Promise<BrowserContext> {
    const key = `${lang}|${email ?? 'anonymous'}`;
    let context = contexts.get(key);
    if (!context) {
      context = await contextFor(browser, baseUrl, lang, email);
      contexts.set(key, context);
    }
    return context;
  }

  for (const lang of LANGUAGES) {
    for (const target of PAGES) {
      it(`${target.name} (${target.path}) in ${lang}`, async () => {
        const serverError = inject('serverError');
        if (serverError) throw new Error(`e2e server did not start: ${serverError}`);
        const page = await (await contextOf(lang, target.email)).newPage();
        try {
          await page.goto(target.path);
          await settle(page);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          await saveScreenshot(page, `${target.name}-${lang}`);
          const violations = await seriousViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
