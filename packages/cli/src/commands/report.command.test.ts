import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatCny } from '@greenshore/core';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { pdfText, squeezed } from '../../../server/src/documents/pdf-text.fixture.ts';
import { testApp } from '../../../server/test/app.harness.ts';
import { describeEachDatabase } from '../../../server/test/databases.harness.ts';
import { call, quarterFiling, reportWorld } from '../../../server/test/report.fixture.ts';
import { describeFailure } from '../cli-errors.ts';
import { buildProgram } from '../main.ts';
import { runReport } from './report.command.ts';

const FONT = { pdfFontPath: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc' };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-cli-report-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('runReport', (use) => {
  let taxesCny: number;

  beforeAll(async () => {
    const app = await testApp(use());
    const w = await reportWorld(use(), app);
    const created = await call(app, w.admin, 'POST', `/enterprises/${w.enterpriseA}/reports`, {
      periodType: 'quarterly',
      filing: quarterFiling(2024, 1),
    });
    const id = created.json().id;
    await call(app, w.admin, 'POST', `/reports/${id}/submit`, {});
    await call(app, w.analyst, 'POST', `/reports/${id}/approve`, {});
    taxesCny = (await call(app, w.analyst, 'GET', '/indicators?year=2024')).json().current.values[
      'fiscal.taxesPaidCny'
    ];
    await app.close();
  }, 60_000);

  test('report annual writes the PDF the API serves: title and figures', async () => {
    const output = path.join(dir, `annual-${use().kind}.pdf`);
    const out = await runReport(use(), FONT, { document: 'annual', year: '2024' }, { lang: 'zh-CN', output });
    expect(out.file).toBe(output);
    const text = squeezed(pdfText(fs.readFileSync(output)));
    expect(text).toContain('服务外包与低碳经济 2024年度报告');
    expect(text).toContain(`纳税总额 ${formatCny(taxesCny, 'zh-CN')}`);
  });

  test('clear errors: unknown language, bad year, missing font, another id', async () => {
    const annual = (year: string, lang: string, config = FONT) =>
      runReport(use(), config, { document: 'annual', year }, { lang, output: path.join(dir, 'x.pdf') }).catch(
        describeFailure,
      );
    expect(await annual('2024', 'fr')).toBe('invalid lang (lang: must be zh-CN or en)');
    expect(await annual('twenty', 'en')).toBe('invalid year (year: a year 1990–2100 is required)');
    expect(await annual('2024', 'en', { pdfFontPath: '/nowhere/font.ttc' })).toBe(
      'PDF font not found at /nowhere/font.ttc: install fonts-wqy-microhei or set GREENSHORE_PDF_FONT',
    );
    const statement = await runReport(
      use(),
      FONT,
      { document: 'statement', reportId: '999999' },
      { lang: 'en' },
    ).catch(describeFailure);
    expect(statement).toBe('not found (id: no such resource)');
  });
});

describe('greenshore report annual (through the command line parser)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  test('opens the configured database and writes FILE.pdf', async () => {
    const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
    vi.stubEnv('DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', undefined);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const file = path.join(dataDir, 'annual.pdf');
    await buildProgram().parseAsync([
      'node',
      'greenshore',
      'report',
      'annual',
      '--year',
      '2023',
      '--lang',
      'en',
      '-o',
      file,
    ]);
    expect(out).toHaveBeenLastCalledWith(expect.stringMatching(/^wrote .*annual\.pdf \(\d+ bytes\)\n$/));
    const text = squeezed(pdfText(fs.readFileSync(file)));
    expect(text).toContain('Service Outsourcing and the Low-carbon Economy, 2023');
    expect(text).toContain('No approved data for this year.');
  }, 60_000);
});
