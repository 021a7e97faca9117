import { MESSAGES } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ADMIN_EMAIL, signInThroughForm } from './sign-in.helper.ts';

const zh = MESSAGES['zh-CN'];
const en = MESSAGES.en;
const run = Date.now().toString(36);

describe('admin area', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    const serverError = inject('serverError');
    if (serverError) throw new Error(`e2e server did not start: ${serverError}`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
    await page.goto(baseUrl);
    await signInThroughForm(page, ADMIN_EMAIL);
    await page
      .getByRole('navigation', { name: zh.nav.mainNav })
      .getByRole('link', { name: zh.nav.admin })
      .click();
    await page.getByRole('heading', { level: 1, name: zh.admin.title }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('adds a factor with its source and shows it; a taken id is named beside its input', async () => {
    await page.getByRole('link', { name: zh.admin.tabs.factors }).click();
    const id = `e2e-grid-${run}`;
    const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
    await fill(zh.admin.factors.id, id);
    await page.getByLabel(zh.admin.factors.region, { exact: true }).selectOption('central');
    await fill(zh.admin.factors.year, '2023');
    await fill(zh.admin.factors.value, '0');
    await fill(zh.admin.factors.source, 'E2E source: MEE 2023 table');
    await fill(zh.admin.factors.publishedOn, '2024-12-23');
    await page.getByRole('button', { name: zh.admin.factors.add }).click();
    await page.getByRole('status').filter({ hasText: id }).waitFor();
    const row = page.getByTestId('factor-table').getByRole('row').filter({ hasText: id });
    await expect.poll(() => row.textContent()).toContain('E2E source: MEE 2023 table');

    await fill(zh.admin.factors.id, id);
    await fill(zh.admin.factors.year, '2023');
    await fill(zh.admin.factors.value, '1');
    await fill(zh.admin.factors.source, 'again');
    await fill(zh.admin.factors.publishedOn, '2024-12-23');
    await page.getByRole('button', { name: zh.admin.factors.add }).click();
    await page.locator('#factor-id-issue').waitFor();
    expect(await page.getByLabel(zh.admin.factors.id, { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('changes the manufacturing benchmark', async () => {
    await page.getByRole('link', { name: zh.admin.tabs.benchmark }).click();
    await page.getByLabel(zh.admin.benchmark.value).fill('1650.5');
    await page.getByLabel(zh.admin.benchmark.source).fill('E2E: city statistics bureau');
    await page.getByRole('button', { name: zh.common.save }).click();
    await page.getByRole('status').filter({ hasText: zh.admin.saved }).waitFor();
    const stored = await page.evaluate(() => fetch('/api/v1/settings/benchmark').then((r) => r.json()));
    expect(stored).toMatchObject({
      kgCo2ePer10kCnyValueAdded: 1650.5,
      source: 'E2E: city statistics bureau',
    });
  });

  it('creates a user and disables it', async () => {
    await page.getByRole('link', { name: zh.admin.tabs.users }).click();
    const email = `e2e.${run}@example.cn`;
    await page.getByLabel(zh.admin.users.email, { exact: true }).fill(email);
    await page.getByLabel(zh.admin.users.displayName, { exact: true }).fill('E2E Analyst');
    await page.getByLabel(zh.admin.users.password, { exact: true }).fill('a-long-unusual-passphrase-2026');
    await page.getByLabel(zh.admin.users.role, { exact: true }).selectOption('analyst');
    await page.getByRole('button', { name: zh.admin.users.create }).click();
    await page.getByRole('status').filter({ hasText: email }).waitFor();
    // The demo city has hundreds of filers: narrow the list to analysts to find the new account.
    await page.getByLabel(zh.admin.users.filterRole).selectOption('analyst');
    const row = page.getByTestId('user-table').getByRole('row').filter({ hasText: email });
    await row.waitFor();
    await row.getByRole('button', { name: zh.admin.users.disableOf.replace('{{email}}', email) }).click();
    await expect.poll(() => row.textContent()).toContain(zh.admin.users.disabled);
    await saveScreenshot(page, 'admin-zh-CN');
  });

  it('reads in English too, without console errors', async () => {
    await page.getByLabel(zh.language.label).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en.admin.title }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await saveScreenshot(page, 'admin-en');
    // The one deliberate refusal (the taken factor id) is logged by Chromium as a failed resource.
    expect(consoleErrors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
