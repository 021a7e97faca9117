import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * Prints the plain closing line CI reads ("N passed, N failed"), after Vitest's own summary,
 * which CI does not recognise. Unhandled errors and failed modules (e.g. a file that fails to
 * import) count as failures so a broken suite can never read as green.
 */
export class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const mod of testModules) {
      if (mod.state() === 'failed' && countTests(mod) === 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
    }
    // A run that failed outside any test (e.g. a global setup that threw) must never read as green.
    if (reason !== 'passed' && failed === 0) failed = 1;
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}

function countTests(mod: TestModule): number {
  return [...mod.children.allTests()].length;
}
