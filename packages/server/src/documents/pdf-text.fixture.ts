import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of a PDF as poppler's `pdftotext -layout` reads it: what a reader would copy out of it. */
export function pdfText(bytes: Buffer | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greenshore-pdf-'));
  const file = path.join(dir, 'document.pdf');
  try {
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines with runs of spaces collapsed, so a test can look for a label and its value on one line. */
export const squeezed = (text: string) => text.replace(/[ \t]+/g, ' ');
