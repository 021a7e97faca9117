/**
 * Raw-body spreadsheet uploads. In a routes plugin (content-type parsers are scoped to it):
 *
 *   registerSpreadsheetParsers(app, ctx.config.uploadMaxBytes);
 *   app.post('/imports', { schema }, async (request) => { const bytes = request.body as Buffer; ... });
 *
 * The body arrives as one Buffer. A body over the limit is refused with 413 `{error: 'the file is larger
 * than the 20 MB limit'}` before it is buffered: at once when Content-Length says so, otherwise as soon
 * as the streamed bytes pass the limit (the rest is discarded by Node, never kept).
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_UPLOAD_MAX_MB } from '../config/config.ts';
import { HttpError } from '../http/http-errors.ts';

export const SPREADSHEET_CONTENT_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
];

const MB = 1024 * 1024;

export function registerSpreadsheetParsers(
  app: FastifyInstance,
  maxBytes = DEFAULT_UPLOAD_MAX_MB * MB,
): void {
  app.addContentTypeParser(SPREADSHEET_CONTENT_TYPES, (request, payload, done) => {
    const declared = Number(request.headers['content-length']);
    if (declared > maxBytes) {
      done(tooLarge(maxBytes), undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        stop();
        chunks.length = 0;
        done(tooLarge(maxBytes), undefined);
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      stop();
      done(null, Buffer.concat(chunks, received));
    };
    const onError = (err: Error) => {
      stop();
      done(new HttpError(400, `the upload was interrupted: ${err.message}`), undefined);
    };
    const stop = () => {
      payload.off('data', onData).off('end', onEnd).off('error', onError);
    };
    payload.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** The refusal names the limit, so people know what to aim for. */
export function uploadLimitMessage(maxBytes: number): string {
  const megabytes = maxBytes / MB;
  return `the file is larger than the ${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB limit`;
}

/** The `X-File-Name` header, percent-encoded by clients so Chinese names survive HTTP headers. */
export function uploadFileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return 'upload';
  try {
    return decodeURIComponent(raw).replace(/[\\/]/g, '_').slice(0, 255) || 'upload';
  } catch {
    return raw.slice(0, 255);
  }
}

function tooLarge(maxBytes: number): HttpError {
  const message = uploadLimitMessage(maxBytes);
  return new HttpError(413, message, [{ path: 'body', message }]);
}
