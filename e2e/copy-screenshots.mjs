// Copies the main pages' screenshots of the last e2e run (artifacts/screenshots/, git-ignored) into
// docs/screenshots/, where they are committed for the README. Run after `npx vitest run -c e2e/vitest.config.ts`.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const FROM = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const TO = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PAGES = [
  'login',
  'dashboard',
  'review',
  'completeness',
  'enterprises',
  'enterprise',
  'portal',
  'admin',
  'imports',
];
const LANGUAGES = ['zh-CN', 'en'];

const wanted = new Set(PAGES.flatMap((page) => LANGUAGES.map((lang) => `${page}-${lang}.png`)));
const available = new Set(await readdir(FROM).catch(() => []));
await mkdir(TO, { recursive: true });
const missing = [];
for (const name of [...wanted].sort()) {
  if (!available.has(name)) {
    missing.push(name);
    continue;
  }
  await copyFile(`${FROM}${name}`, `${TO}${name}`);
  console.log(`copied ${name}`);
}
if (missing.length > 0) {
  console.error(`missing (run the e2e suite first): ${missing.join(', ')}`);
  process.exitCode = 1;
}
