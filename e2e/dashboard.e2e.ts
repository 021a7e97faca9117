import { MESSAGES } from '@greenshore/core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ANALYST_EMAIL } from './demo.constants.ts';
import { signInThroughForm } from './sign-in.helper.ts';

const zh = MESSAGES['zh-CN'];
const en = MESSAGES.en;
const REVENUE_TILE = '[data-testid="kpi-structure.serviceOutsourcingRevenueCny"] [data-testid="kpi-value"]';
// Chart cards with data (the empty ones carry an `-empty` suffix).
const CHART_CARDS = 'section.chart-card:not([data-testid$="-empty"])';

describe('city dashboard', () => {
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
  beforeEach(async () => {
    const serverError = inject('serverError');
    if (serverError) throw new Error(`e2e server did not start: ${serverError}`);
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    consoleErrors = collectConsoleErrors(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  async function openDashboard(): Promise<void> {
    await page.goto(baseUrl);
    await signInThroughForm(page, ANALYST_EMAIL);
    await page.getByRole('heading', { name: zh.dashboard.title }).waitFor({ state: 'visible' });
    await page.locator(REVENUE_TILE).waitFor({ state: 'visible' });
  }

  /** Cards whose chart drew SVG shapes: the charts that show data. */
  const drawnCharts = () =>
    page
      .locator(CHART_CARDS)
      .evaluateAll((cards) => cards.filter((c) => c.querySelector('.echart svg path')).length);

  it('shows KPI tiles and at least six charts with data, in zh-CN and in English', async () => {
    await openDashboard();
    expect(await page.locator(REVENUE_TILE).textContent()).toMatch(/\d/);
    expect(await page.locator('[data-testid="kpi-value"]').count()).toBeGreaterThanOrEqual(6);
    await expect.poll(drawnCharts).toBeGreaterThanOrEqual(6);
    expect(await page.getByTestId('dashboard-empty').count()).toBe(0);
    expect(await page.getByRole('heading', { name: zh.dashboard.charts.focusArea }).isVisible()).toBe(true);
    await saveScreenshot(page, 'dashboard-zh-CN');

    await page.getByLabel(zh.language.label).selectOption('en');
    await page.getByRole('heading', { name: en.dashboard.title }).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { name: en.dashboard.charts.focusArea }).isVisible()).toBe(true);
    expect(await page.locator(REVENUE_TILE).textContent()).toMatch(/^CNY /);
    await expect.poll(drawnCharts).toBeGreaterThanOrEqual(6);
    await saveScreenshot(page, 'dashboard-en');

    await page.getByLabel(en.language.label).selectOption('zh-CN');
    await page.getByRole('heading', { name: zh.dashboard.title }).waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(consoleErrors).toEqual([]);
  });

  it('a filter reloads the figures from the one dashboard call', async () => {
    await openDashboard();
    const answer = page.waitForResponse(
      (r) => r.url().includes('/api/v1/dashboard?') && r.url().includes('class=ITO'),
    );
    await page.getByLabel(zh.dashboard.filters.class).selectOption('ITO');
    expect((await answer).status()).toBe(200);
    await page.locator(REVENUE_TILE).waitFor({ state: 'visible' });
    expect(consoleErrors).toEqual([]);
  });

  it('clicking the largest focus-area bar opens the enterprise list filtered by that area', async () => {
    await openDashboard();
    const chart = page.getByTestId('chart-focus-area');
    const bars = chart.locator('.echart svg path[fill="#0072B2"]');
    await expect.poll(() => bars.count()).toBeGreaterThan(1);
    // Mouse coordinates are the viewport's: the chart must be on screen.
    await chart.scrollIntoViewIfNeeded();
    const measure = () =>
      bars.evaluateAll((paths) =>
        paths.map((p) => {
          const r = p.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, size: r.width * r.height };
        }),
      );
    // Bars grow in with an animation, slower on a loaded machine: click only once they stand still.
    let boxes = await measure();
    await page.waitForTimeout(250);
    await expect
      .poll(
        async () => {
          const previous = JSON.stringify(boxes);
          boxes = await measure();
          return JSON.stringify(boxes) === previous;
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    const largest = boxes.reduce((a, b) => (b.size > a.size ? b : a));
    await page.mouse.click(largest.x, largest.y);
    await page.waitForURL((url) => url.pathname === '/enterprises');
    expect(new URL(page.url()).searchParams.get('focusArea')).toBe('software-development');
  });

  it('the links under a chart lead to the same filtered list (keyboard route)', async () => {
    await openDashboard();
    const chart = page.getByTestId('chart-districts');
    await chart.getByText(zh.dashboard.links.summary).click();
    await chart.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/enterprises');
    expect(new URL(page.url()).searchParams.get('districtCode')).toMatch(/^\d{6}$/);
  });
});
