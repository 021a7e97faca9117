import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Loadable } from './use-api.hook.ts';

/** Renders loading, not-found, error and empty states the same way on every page. */
export function LoadState<T>({
  state,
  isEmpty,
  empty,
  children,
}: {
  state: Loadable<T> & { reload: () => void };
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <p className="muted" aria-busy="true">
        {t('app.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    if (state.error.status === 404) return <NotFound />;
    return (
      <div role="alert" className="alert">
        {t('common.loadFailed')}: {state.error.message}{' '}
        <button type="button" className="button-secondary" onClick={state.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (isEmpty?.(state.data)) return <div className="empty-state">{empty ?? t('common.empty')}</div>;
  return <>{children(state.data)}</>;
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="not-found">
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundHint')}</p>
      <Link href="/">{t('common.backHome')}</Link>
    </section>
  );
}
