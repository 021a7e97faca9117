import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../http/error-handler.ts';
import { registerSpreadsheetParsers, uploadFileName, uploadLimitMessage } from './upload-body.plugin.ts';

const MB = 1024 * 1024;

/** Posts `size` bytes over a real socket, with or without Content-Length (then chunked). */
function post(port: number, size: number, withLength: boolean): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/octet-stream' };
    if (withLength) headers['content-length'] = size;
    const req = http.request({ port, method: 'POST', path: '/upload', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    // The server may answer and close before all is sent; the answer is what counts.
    req.on('error', (err) =>
      err.message.includes('EPIPE') || err.message.includes('ECONNRESET') ? undefined : reject(err),
    );
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    for (let sent = 0; sent < size; sent += chunk.length)
      req.write(chunk.subarray(0, Math.min(chunk.length, size - sent)));
    req.end();
  });
}

describe('spreadsheet upload body', () => {
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
    installErrorHandler(app);
    await app.register(async (scope) => {
      registerSpreadsheetParsers(scope, MB);
      scope.post('/upload', async (request) => ({ bytes: (request.body as Buffer).length }));
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await app.close();
  });

  it('hands a body within the limit (above the app default) to the route as a Buffer', async () => {
    expect(await post(port, 900 * 1024, true)).toEqual({ status: 200, body: { bytes: 900 * 1024 } });
    const csv = await app.inject({
      method: 'POST',
      url: '/upload',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      payload: 'a,b\r\n',
    });
    expect(csv.json()).toEqual({ bytes: 5 });
  });

  it.each([true, false])(
    'refuses a 5 MB body with 413 naming the limit (Content-Length sent: %s)',
    async (withLength) => {
      const before = process.memoryUsage().arrayBuffers;
      const answer = await post(port, 5 * MB, withLength);
      expect(answer.status).toBe(413);
      expect(answer.body).toMatchObject({
        error: 'the file is larger than the 1 MB limit',
        issues: [{ path: 'body' }],
      });
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * MB);
      // The process stays healthy: the next upload is served.
      expect(await post(port, 1000, true)).toEqual({ status: 200, body: { bytes: 1000 } });
    },
  );

  it('names the configured limit and decodes the file name header', () => {
    expect(uploadLimitMessage(20 * MB)).toBe('the file is larger than the 20 MB limit');
    expect(uploadLimitMessage(1.5 * MB)).toBe('the file is larger than the 1.5 MB limit');
    expect(uploadFileName(encodeURIComponent('企业 2025.xlsx'))).toBe('企业 2025.xlsx');
    expect(uploadFileName('..%2F..%2Fetc%2Fpasswd')).toBe('.._.._etc_passwd');
    expect(uploadFileName('%E0%A4%A')).toBe('%E0%A4%A');
    expect(uploadFileName(undefined)).toBe('upload');
  });
});
