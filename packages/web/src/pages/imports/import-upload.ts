import { ApiError, currentCsrfToken } from '../../api.client.ts';
import type { ImportKind } from '../../exchange/exchange-urls.ts';
import type { ImportDto, ImportMode } from './imports.types.ts';

/**
 * POST /imports with the file itself as the body (not JSON, not multipart): the server streams it to
 * its size cap without buffering a form. `apiRequest` speaks JSON only, hence this one raw call.
 */
export async function uploadImport(file: File, kind: ImportKind, mode: ImportMode): Promise<ImportDto> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // One type for XLSX and CSV alike: browsers label CSV inconsistently (Excel on Windows says ms-excel).
    'Content-Type': 'application/octet-stream',
    'X-File-Name': encodeURIComponent(file.name),
  };
  const token = currentCsrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  const query = new URLSearchParams({ kind, mode }).toString();
  const response = await fetch(`/api/v1/imports?${query}`, {
    method: 'POST',
    headers,
    body: file,
    credentials: 'same-origin',
  });
  const body = await jsonOrNull(response);
  if (!response.ok) {
    const error = (body ?? {}) as { error?: string; message?: string };
    throw new ApiError(response.status, error.error ?? error.message ?? `HTTP ${response.status}`);
  }
  return body as ImportDto;
}

// A proxy refusing an oversized body may answer with HTML rather than the API's JSON.
async function jsonOrNull(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
