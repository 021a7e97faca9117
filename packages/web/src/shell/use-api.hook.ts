import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiRequest } from '../api.client.ts';

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T; etag: string | null };

/** GETs a path and re-fetches when it changes; `reload` fetches again (after a change). */
export function useApi<T>(path: string | null): Loadable<T> & { reload: () => void } {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger.
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState({ status: 'loading' });
    apiRequest<T>('GET', path).then(
      (r) => current && setState({ status: 'ready', data: r.data, etag: r.etag }),
      (e: unknown) =>
        current &&
        setState({ status: 'error', error: e instanceof ApiError ? e : new ApiError(0, String(e)) }),
    );
    return () => {
      current = false;
    };
  }, [path, generation]);
  return { ...state, reload };
}
