import { useState, type FormEvent } from 'react';
import { Button, Input } from 'antd-mobile';
import type { Session } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiError } from '../../sync/apiClient';
import { deviceId } from '../../sync/deviceId';
import { api } from '../../sync/services';

/** Sign in (or sign in again after the session expired, with `fixedUsername`). */
export function LoginPage({ onSignedIn, fixedUsername, embedded = false }: { onSignedIn: (session: Session) => void; fixedUsername?: string; embedded?: boolean }) {
  const { t } = useI18n();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      onSignedIn(await api.login({ username: username.trim(), password, deviceId: deviceId() }));
    } catch (e) {
      const code = e instanceof ApiError ? e.code : 'unknown';
      setError(code === 'invalid_credentials' ? t('login.invalid') : code === 'network' ? t('login.network') : t('login.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setWorking(false);
    }
  };

  const form = (
    <form className="login-card" onSubmit={(e) => void submit(e)}>
      <h1>{embedded ? t('login.title') : t('app.name')}</h1>
      <p className="tagline">{embedded ? t('login.again') : t('app.tagline')}</p>
      <label>
        {t('login.username')}
        <Input data-testid="login-username" value={username} onChange={setUsername} readOnly={fixedUsername !== undefined} autoComplete="username" clearable />
      </label>
      <label>
        {t('login.password')}
        <Input data-testid="login-password" type="password" value={password} onChange={setPassword} autoComplete="current-password" />
      </label>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <Button data-testid="login-submit" block color="primary" type="submit" loading={working} disabled={!username || !password} style={{ marginTop: 16 }}>
        {working ? t('login.working') : t('login.submit')}
      </Button>
    </form>
  );
  return embedded ? form : <div className="login-page">{form}</div>;
}
