import yauzl from 'yauzl';

/** The parts every sheet depends on: sheet names and states, shared strings, number formats (dates). */
const PARTS_FIRST = [
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];
const END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_OFFSET = 0xffffffff;

/**
 * The ZIP's local entries (header, data, descriptor) as slices of `bytes`, with the parts in
 * PARTS_FIRST moved to the front. exceljs's streaming reader reads entries in stored order and only
 * resolves names, shared strings and dates from parts it has already seen; Excel and exceljs store
 * workbook.xml, styles.xml or sharedStrings.xml after the sheets (exceljs issue #3064). The slices share
 * the upload's memory. A ZIP64 directory offset, which uploads never need, keeps the stored order.
 */
export async function partsInReadingOrder(bytes: Buffer): Promise<Buffer[]> {
  const at = bytes.lastIndexOf(END_OF_DIRECTORY);
  const directoryOffset = at >= 0 && at + 22 <= bytes.length ? bytes.readUInt32LE(at + 16) : ZIP64_OFFSET;
  if (directoryOffset === ZIP64_OFFSET || directoryOffset > bytes.length) return [bytes];
  const offsets = await localHeaderOffsets(bytes);
  const starts = [...new Set(offsets.values())].sort((a, b) => a - b);
  const ends = new Map(starts.map((start, i) => [start, starts[i + 1] ?? directoryOffset]));
  const slice = (start: number) => bytes.subarray(start, ends.get(start));
  const first = PARTS_FIRST.flatMap((name) => {
    const start = offsets.get(name);
    return start === undefined ? [] : [start];
  });
  const rest = starts.filter((start) => !first.includes(start));
  return [...first, ...rest].map(slice).concat(bytes.subarray(directoryOffset));
}

/** Every entry's name and local header offset, from the central directory the ZIP guard has checked. */
function localHeaderOffsets(bytes: Buffer): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: false, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('unreadable ZIP'));
      const offsets = new Map<string, number>();
      zip.on('entry', (entry: yauzl.Entry) => offsets.set(entry.fileName, entry.relativeOffsetOfLocalHeader));
      zip.on('end', () => resolve(offsets));
      zip.on('error', reject);
    });
  });
}
