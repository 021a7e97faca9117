import type { Command } from 'commander';

/** Stub: filled in by the data-exchange work of issue 6. */
export function registerExportCommand(_program: Command): void {}
