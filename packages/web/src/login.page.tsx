import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.client.ts';

type LoginError = 'auth.login.error.invalid' | 'auth.login.error.throttled' | 'auth.login.error.unexpected';

interface LoginPageProps {
  onSubmit: (email: string, password: string) => Promise<void>;
}

export function LoginPage({ onSubmit }: LoginPageProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<LoginError | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit(email, password);
    } catch (caught) {
      setError(errorKey(caught));
      // Clearing only the password keeps a retry fast without leaving a wrong secret in the field.
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <main id="main" className="page login-page" tabIndex={-1}>
      <form className="card login-form" onSubmit={handleSubmit}>
        <h1>{t('auth.login.title')}</h1>
        <p className="muted">{t('auth.login.intro')}</p>
        <div className="field">
          <label htmlFor="login-email">{t('auth.login.email')}</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('auth.login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {t(error)}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={submitting}>
          {submitting ? t('auth.login.submitting') : t('auth.login.submit')}
        </button>
      </form>
    </main>
  );
}

function errorKey(caught: unknown): LoginError {
  if (caught instanceof ApiError && caught.status === 401) return 'auth.login.error.invalid';
  if (caught instanceof ApiError && caught.status === 429) return 'auth.login.error.throttled';
  return 'auth.login.error.unexpected';
}
