import { SpreadsheetError } from './spreadsheet.types.ts';

/* The refusals of the ZIP guard, worded for the people who uploaded the file. */

const MB = 1024 * 1024;

/** Absolute paths, drive letters, `..` segments and backslashes: names that could escape a folder. */
export function unsafePath(name: string): boolean {
  return (
    /^[/\\]/.test(name) || /^[a-zA-Z]:/.test(name) || name.includes('\\') || name.split('/').includes('..')
  );
}

/** Maps yauzl's errors to a refusal; a yauzl size-check failure means the directory lied. */
export function refusal(err: Error): SpreadsheetError {
  if (err instanceof SpreadsheetError) return err;
  if (/invalid characters in fileName|absolute path|invalid relative path/.test(err.message)) {
    return unsafe(err.message.replace(/^[^:]*: /, ''));
  }
  if (/too many bytes in the stream/.test(err.message)) {
    return bomb('a part unpacks to more bytes than its directory declares');
  }
  return new SpreadsheetError(
    'corrupt',
    `the XLSX file is damaged or truncated: it is not a readable ZIP archive (${err.message})`,
  );
}

export function bomb(why: string): SpreadsheetError {
  return new SpreadsheetError('zip-bomb', `the XLSX file was refused as a possible zip bomb: ${why}`);
}

export function unsafe(name: string): SpreadsheetError {
  return new SpreadsheetError('unsafe-path', `the XLSX file contains a part with an unsafe path: ${name}`);
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
