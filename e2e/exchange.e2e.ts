import { readFile } from 'node:fs/promises';
import { LANGUAGES, MESSAGES } from '@greenshore/core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.helper.ts';
import { collectConsoleErrors, launchChromium, saveScreenshot } from './chromium.launcher.ts';
import { ANALYST_EMAIL } from './demo.constants.ts';
import { contextFor, FILER_E001_EMAIL } from './sign-in.helper.ts';

const en = MESSAGES.en.exchange;
const HEADER = [
  '统一社会信用代码 / USCC',
  '合同编号 / Contract reference',
  '客户名称 / Client name',
  '客户国家/地区 / Client country',
  '服务代码 / Service code',
  '签订日期 / Signed on',
  '币种 / Currency',
  '合同金额 / Amount',
  '对人民币汇率 / Rate to CNY',
];

/** A contracts CSV of the filer's own enterprise; `amount` 'abc' makes a row invalid. */
function contractsCsv(uscc: string, rows: { reference: string; amount: string }[]): Buffer {
  const lines = rows.map((r) =>
    [uscc, r.reference, 'Kansai Logistics K.K.', 'JP', 'ITO-01', '2025-04-01', 'JPY', r.amount, '0.047'].join(
      ',',
    ),
  );
  return Buffer.from(`${[HEADER.join(','), ...lines].join('\r\n')}\r\n`, 'utf8');
}

/** Clicks a download link and returns the browser's suggested file name and the saved bytes. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function serverReady(): void {
  const serverError = inject('serverError');
  if (serverError) throw new Error(`e2e server did not start: ${serverError}`);
}

describe('data exchange: imports, exports and PDFs', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    serverReady();
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  async function pageAs(email: string, lang: 'zh-CN' | 'en' = 'en'): Promise<Page> {
    const context = await contextFor(browser, baseUrl, lang, email);
    contexts.push(context);
    return context.newPage();
  }

  describe('a filer imports contracts', () => {
    let page: Page;
    let consoleErrors: string[];
    let enterpriseId: number;
    let uscc: string;
    const stamp = Date.now();

    beforeAll(async () => {
      page = await pageAs(FILER_E001_EMAIL);
      consoleErrors = collectConsoleErrors(page);
      const me = (await (await page.request.get('/api/v1/auth/me')).json()) as {
        user: { enterpriseId: number };
      };
      enterpriseId = me.user.enterpriseId;
      const enterprise = await page.request.get(`/api/v1/enterprises/${enterpriseId}`);
      uscc = ((await enterprise.json()) as { uscc: string }).uscc;
      await page.goto('/imports');
      await page.getByRole('heading', { name: en.imports.title, level: 1 }).waitFor({ state: 'visible' });
    });

    const contractTotal = async () => {
      const res = await page.request.get(`/api/v1/enterprises/${enterpriseId}/contracts?limit=1`);
      return ((await res.json()) as { total: number }).total;
    };

    /** Uploads a file and waits for its outcome (not the previous one); answers the outcome's status. */
    async function upload(name: string, bytes: Buffer): Promise<{ outcome: Locator; status: string | null }> {
      const previous = page.getByTestId('import-outcome');
      const previousId = (await previous.count()) ? await previous.getAttribute('data-import-id') : null;
      await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
      await page.getByRole('button', { name: en.imports.submit }).click();
      const outcome = page.locator(
        previousId
          ? `[data-testid="import-outcome"]:not([data-import-id="${previousId}"])`
          : '[data-testid="import-outcome"]',
      );
      await outcome.waitFor({ state: 'visible' });
      return { outcome, status: await outcome.getAttribute('data-status') };
    }

    it('downloads the contracts template in the UI language', async () => {
      expect(await page.getByLabel(en.imports.kind.label).inputValue()).toBe('contracts');
      const link = page.getByTestId('import-template');
      expect(await link.getAttribute('href')).toBe('/api/v1/imports/templates/contracts?lang=en');
      const file = await download(page, link);
      expect(file.name).toMatch(/contracts.*\.xlsx$/);
      expect(file.bytes.length).toBeGreaterThan(0);
      expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    });

    it('refuses a file with an invalid row: the table names row and column, nothing changed', async () => {
      const before = await contractTotal();
      const csv = contractsCsv(uscc, [
        { reference: `E2E-${stamp}-A`, amount: '1000' },
        { reference: `E2E-${stamp}-B`, amount: 'abc' },
      ]);
      const { outcome, status } = await upload('contracts-invalid.csv', csv);
      expect(status).toBe('rejected');
      expect(await outcome.getByTestId('import-message').textContent()).toBe(
        en.imports.rejected.replace('{{count}}', '1'),
      );
      const errorRow = outcome.getByTestId('import-errors').locator('tbody tr');
      expect(await errorRow.count()).toBe(1);
      expect(await errorRow.locator('th').textContent()).toBe('3');
      expect(await errorRow.locator('td').nth(1).textContent()).toContain('Amount');
      expect(await errorRow.locator('td').nth(2).textContent()).toBe('abc');
      const report = outcome.getByTestId('import-row-report');
      expect(await report.getAttribute('href')).toMatch(/^\/api\/v1\/imports\/\d+\/errors\.xlsx\?lang=en$/);
      // The outcome takes the focus, so keyboard and screen-reader users land on it.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-outcome-title');
      expect(await contractTotal()).toBe(before);
      await saveScreenshot(page, 'imports-rejected-en');
      // The outcome with its row-error table is the page's busiest state: it must stay accessible too.
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });

    it('refuses a file above the size cap before uploading it', async () => {
      const posts: string[] = [];
      const track = (request: { method: () => string; url: () => string }) => {
        if (request.method() === 'POST') posts.push(request.url());
      };
      page.on('request', track);
      const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
      await page
        .locator('#import-file')
        .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
      await page.getByRole('button', { name: en.imports.submit }).click();
      const error = page.getByTestId('import-file-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.textContent()).toBe(
        en.imports.tooLarge.replace('{{size}}', '20.0').replace('{{max}}', '20'),
      );
      page.off('request', track);
      expect(posts).toEqual([]);
    });

    it('imports a valid file with progress, then reports the same file as already imported', async () => {
      const before = await contractTotal();
      const csv = contractsCsv(uscc, [
        { reference: `E2E-${stamp}-1`, amount: '1000' },
        { reference: `E2E-${stamp}-2`, amount: '2500' },
      ]);
      // Records whether a progress bar was ever shown, however quickly the import finishes.
      await page.evaluate(() => {
        const w = window as unknown as { sawProgress: boolean };
        w.sawProgress = false;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="import-progress"]')) w.sawProgress = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      const { outcome, status } = await upload('contracts-valid.csv', csv);
      // Names the first problem if the server refused the file, instead of only "not succeeded".
      expect(status, (await outcome.textContent()) ?? '').toBe('succeeded');
      expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(
        true,
      );
      expect(await outcome.getByTestId('import-message').textContent()).toBe(
        en.imports.succeeded
          .replace('{{created}}', '2')
          .replace('{{updated}}', '0')
          .replace('{{unchanged}}', '0'),
      );
      expect(await contractTotal()).toBe(before + 2);
      await saveScreenshot(page, 'imports-succeeded-en');

      const again = await upload('contracts-valid-again.csv', csv);
      expect(again.status).toBe('unchanged');
      const message = again.outcome.getByTestId('import-message');
      await expect
        .poll(() => message.textContent())
        .toMatch(/^This file was already imported on .+ \(#\d+\); nothing changed\.$/);
      expect(await contractTotal()).toBe(before + 2);
      expect(await page.getByTestId('import-history').locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
      expect(consoleErrors).toEqual([]);
    });
  });

  describe('an analyst exports and downloads PDFs', () => {
    let page: Page;
    let consoleErrors: string[];

    beforeAll(async () => {
      page = await pageAs(ANALYST_EMAIL);
      consoleErrors = collectConsoleErrors(page);
    });

    it('downloads the enterprises list, with its filters, as XLSX', async () => {
      await page.goto('/enterprises?q=soft');
      const buttons = page.getByTestId('export-enterprises');
      await buttons.waitFor({ state: 'visible' });
      const csvHref = await buttons.getByRole('link', { name: en.export.csvLabel }).getAttribute('href');
      expect(csvHref).toBe('/api/v1/exports/enterprises?format=csv&lang=en&q=soft');
      await page.goto('/enterprises');
      await buttons.waitFor({ state: 'visible' });
      const file = await download(page, buttons.getByRole('link', { name: en.export.xlsxLabel }));
      expect(file.name).toMatch(/^greenshore-enterprises-\d{8}\.xlsx$/);
      expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(consoleErrors).toEqual([]);
    });

    it('links the annual report of the dashboard’s year, which is a PDF', async () => {
      await page.goto('/dashboard');
      const link = page.getByTestId('annual-report-pdf');
      await link.waitFor({ state: 'visible' });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/api\/v1\/documents\/annual-report\?year=\d{4}&lang=en$/);
      const answer = await page.evaluate(async (url) => {
        const res = await fetch(url);
        const head = new Uint8Array(await res.arrayBuffer()).subarray(0, 4);
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          magic: String.fromCharCode(...head),
        };
      }, href);
      expect(answer).toMatchObject({ status: 200, magic: '%PDF' });
      expect(answer.type).toContain('application/pdf');
      expect(consoleErrors).toEqual([]);
    });
  });

  for (const lang of LANGUAGES) {
    it(`/imports has no serious or critical axe violations in ${lang}`, async () => {
      const page = await pageAs(FILER_E001_EMAIL, lang);
      await page.goto('/imports');
      await page.getByRole('heading', { name: MESSAGES[lang].exchange.imports.title, level: 1 }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await saveScreenshot(page, `imports-${lang}`);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});
