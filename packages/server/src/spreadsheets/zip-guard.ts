import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { isWorksheetPart, SheetRowCounter } from './sheet-row-counter.ts';
import { MAX_ROWS_PER_SHEET, SpreadsheetError } from './spreadsheet.types.ts';
import { bomb, megabytes, refusal, unsafe, unsafePath } from './zip-refusals.ts';

/** What a workbook may unpack to; the defaults leave room for 200,000 real rows. */
export interface ZipLimits {
  maxTotalBytes: number;
  maxEntryBytes: number;
  maxEntries: number;
  /** Uncompressed to compressed; real sheet XML stays far below 200:1, a zip bomb far above. */
  maxRatio: number;
  /** The ratio is judged only above this size: tiny XML parts compress extremely well. */
  ratioFloorBytes: number;
  /** Rows of one worksheet, counted in its XML so exceljs never builds an oversized sheet. */
  maxSheetRows: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * MB,
  maxEntryBytes: 100 * MB,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioFloorBytes: MB,
  maxSheetRows: MAX_ROWS_PER_SHEET,
};

const YAUZL_OPTIONS = { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, autoClose: true };

/**
 * Refuses a ZIP before any XML parser sees it. The central directory is only a claim: its sizes refuse
 * the honest bombs at once, then each entry is inflated as a stream with its real bytes counted against
 * the caps. A directory that understates a size is caught by yauzl's size check at the first chunk past
 * the claim; only one chunk of inflated data is held at a time.
 */
export function guardZip(bytes: Buffer, given: Partial<ZipLimits> = {}): Promise<void> {
  const limits = { ...DEFAULT_ZIP_LIMITS, ...given };
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, YAUZL_OPTIONS, (err, zip) => {
      if (err || !zip) reject(refusal(err ?? new Error('unreadable')));
      else new ZipInspection(zip, limits, resolve, reject).start();
    });
  });
}

class ZipInspection {
  private entries = 0;
  private totalBytes = 0;
  private settled = false;

  constructor(
    private readonly zip: ZipFile,
    private readonly limits: ZipLimits,
    private readonly resolve: () => void,
    private readonly reject: (err: SpreadsheetError) => void,
  ) {}

  start(): void {
    this.zip.on('entry', (entry: Entry) => this.inspect(entry));
    this.zip.on('end', () => this.finish());
    this.zip.on('error', (err: Error) => this.fail(refusal(err)));
    this.zip.readEntry();
  }

  private inspect(entry: Entry): void {
    const problem = this.declaredProblem(entry);
    if (problem) {
      this.fail(problem);
    } else if (entry.fileName.endsWith('/')) {
      this.zip.readEntry();
    } else {
      this.zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) this.fail(refusal(err ?? new Error('unreadable entry')));
        else this.count(entry, stream);
      });
    }
  }

  /** Cheap refusals from the directory's own claims, before inflating anything. */
  private declaredProblem(entry: Entry): SpreadsheetError | undefined {
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      return bomb(`it holds more than ${this.limits.maxEntries.toLocaleString('en')} files`);
    }
    if (unsafePath(entry.fileName)) return unsafe(entry.fileName);
    if (entry.isEncrypted()) {
      return new SpreadsheetError(
        'unsupported-type',
        'the workbook is password-protected: remove the password and upload it again',
      );
    }
    return this.sizeProblem(entry.uncompressedSize, entry.compressedSize, this.totalBytes);
  }

  private count(entry: Entry, stream: Readable): void {
    let entryBytes = 0;
    const rows = isWorksheetPart(entry.fileName) ? new SheetRowCounter() : undefined;
    stream.on('data', (chunk: Buffer) => {
      entryBytes += chunk.length;
      this.totalBytes += chunk.length;
      const problem =
        this.sizeProblem(entryBytes, entry.compressedSize, this.totalBytes - entryBytes) ??
        this.rowProblem(rows?.add(chunk) ?? 0);
      if (problem) {
        stream.destroy();
        this.fail(problem);
      }
    });
    stream.on('error', (err: Error) => this.fail(refusal(err)));
    stream.on('end', () => {
      if (!this.settled) this.zip.readEntry();
    });
  }

  private sizeProblem(
    entryBytes: number,
    compressedBytes: number,
    before: number,
  ): SpreadsheetError | undefined {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = this.limits;
    if (entryBytes > maxEntryBytes)
      return bomb(`one of its parts unpacks to more than ${megabytes(maxEntryBytes)}`);
    if (before + entryBytes > maxTotalBytes)
      return bomb(`it unpacks to more than ${megabytes(maxTotalBytes)}`);
    if (entryBytes > ratioFloorBytes && entryBytes / Math.max(compressedBytes, 1) > maxRatio) {
      return bomb(`one of its parts is compressed more than ${maxRatio}:1`);
    }
    return undefined;
  }

  private rowProblem(rows: number): SpreadsheetError | undefined {
    if (rows <= this.limits.maxSheetRows) return undefined;
    const most = this.limits.maxSheetRows.toLocaleString('en');
    return new SpreadsheetError(
      'too-many-rows',
      `a sheet of the workbook has more than ${most} rows: split it into smaller files`,
    );
  }

  private finish(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve();
  }

  private fail(err: SpreadsheetError): void {
    if (this.settled) return;
    this.settled = true;
    this.zip.close();
    this.reject(err);
  }
}
