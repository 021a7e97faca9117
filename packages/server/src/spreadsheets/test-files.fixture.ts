import { once } from 'node:events';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';

/** One ZIP entry as it will be written: compressed bytes plus what the headers claim. */
export interface RawEntry {
  name: string;
  compressed: Buffer;
  crc: number;
  /** The real uncompressed size. */
  size: number;
  /** What both headers claim instead, to build a lying directory. */
  declaredSize?: number;
}

export function deflatedEntry(name: string, data: string | Buffer): RawEntry {
  const bytes = Buffer.from(data);
  return { name, compressed: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
}

/**
 * An entry of `prefix`, `fillBytes` spaces and `suffix`, deflated as a stream so a 210 MB sheet never
 * exists in memory: only its ~200 KB of compressed bytes do.
 */
export async function inflatingEntry(
  name: string,
  fillBytes: number,
  prefix = '',
  suffix = '',
): Promise<RawEntry> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let crc = zlib.crc32(prefix);
  deflate.write(prefix);
  for (let left = fillBytes; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = zlib.crc32(part, crc);
    if (!deflate.write(part)) await once(deflate, 'drain');
  }
  crc = zlib.crc32(suffix, crc);
  deflate.end(suffix);
  await once(deflate, 'end');
  const size = Buffer.byteLength(prefix) + fillBytes + Buffer.byteLength(suffix);
  return { name, compressed: Buffer.concat(out), crc, size };
}

/** A tiny ZIP writer (deflate, no zip64) whose headers say exactly what a test wants them to say. */
export function buildZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const fields = {
      crc: entry.crc,
      compressed: entry.compressed.length,
      size: entry.declaredSize ?? entry.size,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeCommon(central, 6, fields, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.compressed);
    centrals.push(central, name);
    offset += local.length + name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** version needed, flags (UTF-8 names), method deflate, time, date, CRC, sizes, name length. */
function writeCommon(
  buf: Buffer,
  at: number,
  fields: { crc: number; compressed: number; size: number },
  nameLength: number,
): void {
  buf.writeUInt16LE(20, at);
  buf.writeUInt16LE(0x0800, at + 2);
  buf.writeUInt16LE(8, at + 4);
  buf.writeUInt16LE(0, at + 6);
  buf.writeUInt16LE(0x21, at + 8);
  buf.writeUInt32LE(fields.crc, at + 10);
  buf.writeUInt32LE(fields.compressed, at + 14);
  buf.writeUInt32LE(fields.size, at + 18);
  buf.writeUInt16LE(nameLength, at + 22);
}

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const SHEET_PREFIX = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET_NS}"><sheetData>`;
export const SHEET_SUFFIX = '</sheetData></worksheet>';

/** The parts of a minimal one-sheet workbook, around a sheet1.xml entry the caller supplies. */
export function minimalXlsx(sheet: RawEntry): Buffer {
  const type = 'application/vnd.openxmlformats-officedocument';
  return buildZip([
    deflatedEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${type}.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${type}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type}.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflatedEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedEntry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedEntry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ]);
}

/** A real workbook from exceljs, for truncation and for cell types exceljs itself produces. */
export async function exceljsWorkbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Data'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
