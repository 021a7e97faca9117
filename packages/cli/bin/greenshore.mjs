#!/usr/bin/env node
// Runs the CLI from its TypeScript sources (tsx), so `npx greenshore …` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
await main(process.argv);
