import { type Language, MESSAGES, SERVICE_CODES } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ANALYST_EMAIL } from './demo.constants.ts';
import { signInThroughForm } from './sign-in.helper.ts';

const zh = MESSAGES['zh-CN'];
const SOFTWARE_DEVELOPMENT = SERVICE_CODES.filter((c) => c.focusArea === 'software-development').map(
  (c) => c.code,
);

interface QueueItem {
  id: number;
  enterpriseId: number;
  approvable: boolean;
}

// One context for the whole file: the steps build on each other (approve, return, then the queue).
describe('review, completeness and enterprises (analyst)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleErrors: string[];
  let approved: QueueItem;
  let returned: QueueItem;

  /** GET through the page, with its session cookie, for test set-up only. */
  const api = <T>(path: string): Promise<T> =>
    page.evaluate((p) => fetch(`/api/v1${p}`).then((r) => r.json()), path) as Promise<T>;

  /**
   * In-app navigation (wouter follows pushState): one full page load per run, so another build of the
   * web app written to dist/ meanwhile cannot pull assets from under a later page load.
   */
  const visit = (path: string) => page.evaluate((p) => window.history.pushState(null, '', p), path);

  beforeAll(async () => {
    const serverError = inject('serverError');
    if (serverError) throw new Error(`e2e server did not start: ${serverError}`);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
    await page.goto(baseUrl);
    await signInThroughForm(page, ANALYST_EMAIL);
    await page.getByRole('navigation', { name: zh.nav.mainNav }).waitFor({ state: 'visible' });
    // filer.e001's enterprise (the first by id) belongs to the portal test: leave its reports alone.
    const first = await api<{ items: { id: number }[] }>('/enterprises?limit=1');
    const queue = await api<{ items: QueueItem[] }>('/reports?status=submitted&limit=500');
    const candidates = queue.items.filter((i) => i.enterpriseId !== first.items[0]?.id);
    const pick = candidates.find((i) => i.approvable);
    if (!pick) throw new Error('the demo city has no approvable submitted report');
    approved = pick;
    const other = candidates.find((i) => i.id !== pick.id && i.enterpriseId !== pick.enterpriseId);
    if (!other) throw new Error('the demo city has no second submitted report');
    returned = other;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function openFromQueue(item: QueueItem): Promise<void> {
    await page
      .getByRole('navigation', { name: zh.nav.mainNav })
      .getByRole('link', { name: zh.nav.review })
      .click();
    const row = page.getByTestId(`queue-item-${item.id}`);
    await row.waitFor({ state: 'visible' });
    await row.getByRole('link').click();
    await page.getByTestId('results-diff').waitFor({ state: 'visible' });
  }

  it('approves a submitted report from the queue after comparing it', async () => {
    await openFromQueue(approved);
    expect(new URL(page.url()).pathname).toBe(`/review/${approved.id}`);
    expect(await page.getByTestId('flags-panel').isVisible()).toBe(true);
    expect(await page.getByTestId('filing-diff').locator('tbody tr').count()).toBeGreaterThan(5);
    await saveScreenshot(page, 'review-zh-CN');
    await page.getByRole('button', { name: zh.review.actions.approve }).click();
    await page.getByRole('status').filter({ hasText: zh.review.actions.approved }).waitFor();
    await expect
      .poll(() => page.getByTestId('report-status').textContent())
      .toContain(zh.review.status.approved);
  });

  it('refuses a return without a reason, then returns with one', async () => {
    await openFromQueue(returned);
    await page.getByRole('button', { name: zh.review.actions.return }).click();
    expect(await page.getByText(zh.review.actions.reasonRequired).isVisible()).toBe(true);
    expect(await page.getByLabel(zh.review.actions.returnReason).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(zh.review.actions.returnReason).fill('用电量疑似按兆瓦时填报，请核对。');
    await page.getByRole('button', { name: zh.review.actions.return }).click();
    await page.getByRole('status').filter({ hasText: zh.review.actions.returned }).waitFor();
  });

  it('no longer lists either report in the queue', async () => {
    await page.getByRole('link', { name: zh.review.back }).click();
    await page.getByTestId('review-queue').waitFor({ state: 'visible' });
    expect(await page.getByTestId(`queue-item-${approved.id}`).count()).toBe(0);
    expect(await page.getByTestId(`queue-item-${returned.id}`).count()).toBe(0);
  });

  it('shows filed, late and never-filed counts for 2024-Q4', async () => {
    await page
      .getByRole('navigation', { name: zh.nav.mainNav })
      .getByRole('link', { name: zh.nav.completeness })
      .click();
    await page.getByLabel(zh.review.completeness.period, { exact: true }).fill('2024-Q4');
    await page.getByRole('button', { name: zh.review.completeness.show }).click();
    await page.waitForURL(/period=2024-Q4/);
    const summary = page.getByTestId('completeness-summary');
    await summary.waitFor({ state: 'visible' });
    for (const key of ['enterprises', 'filed', 'late', 'never']) {
      expect(await page.getByTestId(`count-${key}`).locator('dd').textContent()).toMatch(/^\d+$/);
    }
    expect(Number(await page.getByTestId('count-enterprises').locator('dd').textContent())).toBeGreaterThan(
      0,
    );
  });

  it('lands on a filtered enterprise list from a focus-area link and removes the chip', async () => {
    await visit('/enterprises?focusArea=software-development');
    const list = page.getByTestId('enterprise-list');
    await list.waitFor({ state: 'visible' });
    const codes = await list
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-main-service')));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => SOFTWARE_DEVELOPMENT.includes(c ?? ''))).toBe(true);
    const chips = page.getByTestId('filter-chips');
    expect(await chips.textContent()).toContain(zh.enterprises.focusArea['software-development']);
    await saveScreenshot(page, 'enterprises-zh-CN');
    await chips.getByRole('button').first().click();
    await page.waitForURL((url) => !url.search.includes('focusArea'));
    await expect.poll(() => list.locator('tbody tr').count()).toBeGreaterThan(codes.length);
  });

  it('shows an enterprise’s profile, report history and TASE checks', async () => {
    await visit(`/enterprises/${approved.enterpriseId}`);
    await page.getByTestId('enterprise-profile').waitFor({ state: 'visible' });
    await page.getByTestId('tase-checks').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('tase-checks').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('report-history').locator('li').count()).toBeGreaterThan(1);
    await page.getByTestId('chart-footprint-trend').waitFor({ state: 'visible' });
    await saveScreenshot(page, 'enterprise-zh-CN');
    expect(consoleErrors).toEqual([]);
  });

  it('renders the same pages in English', async () => {
    const en: Language = 'en';
    await page.getByLabel(zh.language.label).selectOption(en);
    await visit(`/review/${approved.id}`);
    await page.getByTestId('results-diff').waitFor({ state: 'visible' });
    expect(await page.getByText(MESSAGES.en.review.diff.resultsTitle).isVisible()).toBe(true);
    await saveScreenshot(page, 'review-en');
    await visit('/enterprises?focusArea=software-development');
    await page.getByTestId('enterprise-list').waitFor({ state: 'visible' });
    await saveScreenshot(page, 'enterprises-en');
    await visit(`/enterprises/${approved.enterpriseId}`);
    await page.getByTestId('tase-checks').locator('tbody tr').first().waitFor();
    await saveScreenshot(page, 'enterprise-en');
    expect(consoleErrors).toEqual([]);
  });
});
