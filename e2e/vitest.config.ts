import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SummaryReporter } from '../scripts/summary.reporter.ts';

export default defineConfig({
  test: {
    // Anchored to the repo root so `include` and the server's cwd do not depend on where vitest starts.
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/server.setup.ts'],
    reporters: ['default', new SummaryReporter()],
    // A cold build plus server boot and a real browser are slow on a loaded CI machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One server, one browser at a time: parallel files would fight over login throttling and CPU.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
