import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/kit';
import type { Session } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { ApiError } from '../../sync/apiClient';
import { changePassword } from '../../sync/passwordApi';
import { FormField } from '../../ui/FormField';

/**
 * Shown instead of the app while the account still has its initial or reset password: the
 * server answers nothing else until it is changed (password_change_required).
 */
export function ChangePasswordPage({ onChanged, onSignOut }: { onChanged: (session: Session) => void; onSignOut: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) return setError(t('password.mismatch'));
    setWorking(true);
    setError(null);
    try {
      onChanged(await changePassword({ currentPassword: current, newPassword: next }));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const code = e instanceof ApiError ? e.code : undefined;
      setError(code === 'invalid_credentials' ? t('password.wrongCurrent') : code === 'password_rejected' ? t('password.rejected', { message }) : t('password.failed', { message }));
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={(e) => void submit(e)} data-testid="change-password">
        <h1>{t('password.title')}</h1>
        <p className="tagline">{t('password.why')}</p>
        <FormField label={t('password.current')}>
          <input data-testid="password-current" type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
        </FormField>
        <FormField label={t('password.new')}>
          <input data-testid="password-new" type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
        </FormField>
        <FormField label={t('password.repeat')}>
          <input data-testid="password-repeat" type="password" value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" />
        </FormField>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <Button data-testid="password-submit" block color="primary" type="submit" loading={working} disabled={!current || !next || !repeat} style={{ marginTop: 16 }}>
          {working ? t('password.working') : t('password.submit')}
        </Button>
        <Button block fill="none" onClick={onSignOut} style={{ marginTop: 8 }}>{t('password.signOut')}</Button>
      </form>
    </div>
  );
}
