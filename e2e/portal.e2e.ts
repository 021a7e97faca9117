import { MESSAGES } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ANALYST_EMAIL, E2E_DEMO_PASSWORD } from './demo.constants.ts';
import { FILER_E001_EMAIL, signInThroughForm } from './sign-in.helper.ts';

const zh = MESSAGES['zh-CN'];
const en = MESSAGES.en;
const REASON = '请核对第一季度用电量（e2e）';

/** Logs in through the API (no browser) and returns what an unsafe call needs. */
async function apiLogin(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: E2E_DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string; user: { enterpriseId: number | null } };
  return { cookie, csrfToken: body.csrfToken, enterpriseId: body.user.enterpriseId };
}

describe('enterprise portal', () => {
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
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const scope2 = () => page.getByTestId('preview-scope2Location').textContent();

  async function fillNewReport(): Promise<void> {
    await page.locator('#report-year').fill('2025');
    await page.locator('#report-quarter').selectOption('1');
    await page.locator('#report-revenue-0-amountCny').fill('3000000');
    await page.locator('#report-revenue-0-clientCountry').fill('JP');
    await field(zh.portal.fields.average).fill('100');
    await field(zh.portal.fields.newHires).fill('5');
    await field(zh.portal.fields.newGraduateHires).fill('3');
    const costs = { rentCny: '150000', utilitiesCny: '40000', otherIntermediateCny: '60000' } as const;
    for (const [key, value] of Object.entries(costs))
      await field(zh.portal.fields[key as keyof typeof costs]).fill(value);
    await field(zh.portal.fields.depreciationCny).fill('75000');
    await field(zh.portal.fields.labourCny).fill('1200000');
    await field(zh.portal.fields.electricityKwh).fill('90000');
  }

  it('files a report: named validation error, live preview, save, submit; sees the return reason', async () => {
    await page.goto(baseUrl);
    await signInThroughForm(page, FILER_E001_EMAIL);
    await page.getByTestId('benchmark').waitFor({ state: 'visible' });
    expect(new URL(page.url()).pathname).toBe('/portal');

    await page
      .getByRole('navigation', { name: zh.portal.nav.label })
      .getByRole('link', { name: zh.portal.nav.newReport })
      .click();
    await page.locator('#report-year').waitFor({ state: 'visible' });
    await fillNewReport();

    // College-educated above the headcount: the message stands next to that very field.
    await field(zh.portal.fields.collegeEducated).fill('150');
    const error = page.getByTestId('error-employees.collegeEducated');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe(zh.portal.issues.collegeExceedsAverage);
    const described = await field(zh.portal.fields.collegeEducated).getAttribute('aria-describedby');
    expect(described).toBe(await error.getAttribute('id'));
    await field(zh.portal.fields.collegeEducated).fill('80');
    await error.waitFor({ state: 'detached' });

    // The preview is the core calculation: doubling electricity changes Scope 2.
    const before = await scope2();
    await field(zh.portal.fields.electricityKwh).fill('180000');
    await expect.poll(scope2).not.toBe(before);
    await saveScreenshot(page, 'report-form-zh-CN');

    await page.getByRole('button', { name: zh.portal.form.save }).click();
    await page.waitForURL(/\/portal\/reports\/\d+$/);
    const reportId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.locator('#report-revenue-0-amountCny').waitFor({ state: 'visible' });
    for (const box of await page.getByTestId('flags').locator('textarea').all()) await box.fill('新客户上线');
    await page.getByRole('button', { name: zh.portal.form.submit }).click();
    await page.getByTestId(`report-row-${reportId}`).waitFor({ state: 'visible' });
    expect(await page.getByTestId(`report-row-${reportId}`).textContent()).toContain(
      zh.portal.status.submitted,
    );

    const analyst = await apiLogin(baseUrl, ANALYST_EMAIL);
    const returned = await fetch(`${baseUrl}/api/v1/reports/${reportId}/return`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: analyst.cookie,
        'x-csrf-token': analyst.csrfToken,
      },
      body: JSON.stringify({ reason: REASON }),
    });
    expect(returned.status).toBe(200);

    await page.reload();
    const row = page.getByTestId(`report-row-${reportId}`);
    await row.waitFor({ state: 'visible' });
    expect(await row.getByTestId('return-reason').textContent()).toBe(REASON);
    expect(await row.textContent()).toContain(zh.portal.status.returned);
    await saveScreenshot(page, 'portal-home-zh-CN');
    expect(consoleErrors).toEqual([]);
  });

  it('shows the English portal and form', async () => {
    await page.getByLabel(zh.language.label).selectOption('en');
    await page.getByRole('heading', { name: en.portal.reports.title }).waitFor({ state: 'visible' });
    await saveScreenshot(page, 'portal-home-en');
    await page
      .getByRole('navigation', { name: en.portal.nav.label })
      .getByRole('link', { name: en.portal.nav.newReport })
      .click();
    await page.getByLabel(en.portal.fields.electricityKwh, { exact: true }).fill('1000');
    await page.getByLabel(en.portal.fields.average, { exact: true }).fill('10');
    await page.getByLabel(en.portal.fields.collegeEducated, { exact: true }).fill('20');
    await page.getByTestId('error-employees.collegeEducated').waitFor({ state: 'visible' });
    await saveScreenshot(page, 'report-form-en');
    await page.getByLabel(en.language.label).selectOption('zh-CN');
    expect(consoleErrors).toEqual([]);
  });

  it('answers "not found" for another enterprise’s page, with none of its data', async () => {
    const filer = await apiLogin(baseUrl, FILER_E001_EMAIL);
    const other = (filer.enterpriseId ?? 0) + 1;
    const otherName = await fetch(`${baseUrl}/api/v1/enterprises/${other}`, {
      headers: { cookie: filer.cookie },
    });
    expect(otherName.status).toBe(404);
    await page.goto(`${baseUrl}/enterprises/${other}`);
    await page.getByTestId('not-found').waitFor({ state: 'visible' });
    expect(await page.getByTestId('benchmark').count()).toBe(0);
    expect(await page.locator('table').count()).toBe(0);
    // The 404s this step causes on purpose are logged by Chromium; anything else is a fault.
    const unexpected = consoleErrors.filter((e) => !/status of 404/.test(e));
    expect(unexpected).toEqual([]);
  });
});
