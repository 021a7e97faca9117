import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { LoggedIn } from '../../test/app.harness.ts';
import { CONTENT_TYPES } from '../exports/export.service.ts';
import type { ImportDto } from './import.schemas.ts';

/** Uploads a file as POST /imports does in the browser, and polls until the import has finished. */
export async function importFile(
  app: FastifyInstance,
  who: LoggedIn,
  query: string,
  bytes: Buffer,
  fileName: string,
): Promise<ImportDto> {
  const started = await app.inject({
    method: 'POST',
    url: `/api/v1/imports?${query}`,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrfToken,
      'content-type': fileName.endsWith('.xlsx') ? CONTENT_TYPES.xlsx : 'text/csv',
      'x-file-name': encodeURIComponent(fileName),
    },
    payload: bytes,
  });
  expect(started.statusCode, started.body).toBe(202);
  return pollImport(app, who, started.json().id);
}

export async function pollImport(app: FastifyInstance, who: LoggedIn, id: number): Promise<ImportDto> {
  for (let i = 0; i < 500; i++) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/imports/${id}`,
      headers: { cookie: who.cookie },
    });
    const dto = res.json() as ImportDto;
    if (dto.status !== 'running') return dto;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`import ${id} still running`);
}

/** A CSV file from rows of cells (UTF-8, no BOM unless asked). */
export function csv(rows: readonly (readonly (string | number)[])[], bom = false): Buffer {
  const text = rows
    .map((r) =>
      r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : c)).join(','),
    )
    .join('\r\n');
  return Buffer.from(`${bom ? '\uFEFF' : ''}${text}\r\n`, 'utf8');
}
