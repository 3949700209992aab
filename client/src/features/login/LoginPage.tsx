import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/kit';
import type { Session } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceId } from '../../sync/deviceId';
import { api } from '../../sync/services';
import { FormField } from '../../ui/FormField';
import { loginErrorKey } from './loginError';
import { problemText } from '../../i18n/problemText';

/** Sign in (or sign in again after the session expired, with `fixedUsername`). */
export function LoginPage({ onSignedIn, fixedUsername, embedded = false, revoked = false }: { onSignedIn: (session: Session) => void; fixedUsername?: string; embedded?: boolean; revoked?: boolean }) {
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
      const key = loginErrorKey(e);
      setError(key === 'login.failed' ? problemText(e, t) : t(key));
    } finally {
      setWorking(false);
    }
  };

  const form = (
    <form className="login-card" onSubmit={(e) => void submit(e)}>
      <h1>{embedded ? t('login.title') : t('app.name')}</h1>
      <p className="tagline" data-testid="login-reason">{embedded ? t(revoked ? 'login.revoked' : 'login.again') : t('app.tagline')}</p>
      <FormField label={t('login.username')}>
        <input data-testid="login-username" name="username" value={username} onChange={(e) => setUsername(e.target.value)} readOnly={fixedUsername !== undefined} autoComplete="username" autoCapitalize="none" spellCheck={false} />
      </FormField>
      <FormField label={t('login.password')}>
        <input data-testid="login-password" name="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
      </FormField>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <Button data-testid="login-submit" block color="primary" type="submit" loading={working} disabled={!username || !password} style={{ marginTop: 16 }}>
        {working ? t('login.working') : t('login.submit')}
      </Button>
    </form>
  );
  // 举报 needs no account: the public reaches it from here and from the posters at the gates.
  return embedded ? form : (
    <div className="login-page">
      <div>
        {form}
        <p className="login-public-links"><a href="#/report" data-testid="login-report-link">{t('report.fromLogin')}</a> · <a href="#/report/track">{t('report.trackLink')}</a></p>
      </div>
    </div>
  );
}
