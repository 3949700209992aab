import { useEffect, useRef, useState } from 'react';
import type { ManagedUser } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { accountsApi } from '../../sync/accountsApi';
import { loadErrorText } from './loadError';
import { useServerQuery } from './useServerQuery';

type Step = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'revoking' } | { kind: 'done'; revoked: number } | { kind: 'failed'; error: unknown };

/**
 * One user's devices (sessions, newest use first) and 注销全部设备: a confirm step first, since
 * every device of theirs must then sign in again; afterwards it says how many sessions ended.
 */
export function AccountDevices({ user, subtitle, onClose, onRevoked }: { user: ManagedUser; subtitle: string; onClose: () => void; onRevoked: () => void }) {
  const { t, dateTime } = useI18n();
  const [round, setRound] = useState(0);
  const sessions = useServerQuery(() => accountsApi.sessions(user.id), `${user.id}:${round}`);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const panel = useRef<HTMLElement>(null);
  // On a narrow screen the panel sits above the list: bring it into view when a row is picked.
  useEffect(() => panel.current?.scrollIntoView?.({ block: 'nearest' }), []);
  const live = (sessions.data ?? []).filter((s) => s.revokedAt === null).length;
  const revoke = async () => {
    setStep({ kind: 'revoking' });
    try {
      setStep({ kind: 'done', revoked: await accountsApi.revokeAll(user.id) });
      setRound((r) => r + 1);
      onRevoked();
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  };
  return (
    <aside ref={panel} className="drilldown" data-testid="account-devices" aria-label={user.displayName}>
      <div className="head">
        <h2>{user.displayName}</h2>
        <button type="button" className="console-button" onClick={onClose}>{t('console.accounts.close')}</button>
      </div>
      <p className="muted">{user.username} · {subtitle}</p>
      <h3>{t('console.accounts.sessions')}</h3>
      {sessions.error ? <p className="form-error" role="alert">{loadErrorText(sessions.error, t)}</p> : null}
      {sessions.data?.length === 0 ? <p className="muted">{t('console.accounts.noSessions')}</p> : null}
      {sessions.data && sessions.data.length > 0 ? (
        <table className="session-table">
          <thead><tr><th>{t('console.accounts.device')}</th><th>{t('console.accounts.signedIn')}</th><th>{t('console.accounts.lastUsed')}</th><th>{t('console.accounts.status')}</th></tr></thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id} data-testid="account-session" className={s.revokedAt ? 'revoked' : undefined}>
                <td className="device">{s.deviceId}</td>
                <td>{dateTime(s.createdAt)}</td>
                <td>{dateTime(s.lastUsedAt)}</td>
                <td>{s.revokedAt ? t('console.accounts.revokedAt', { time: dateTime(s.revokedAt) }) : t('console.accounts.live')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="account-revoke">
        {step.kind === 'confirming' ? (
          <div role="alertdialog" aria-label={t('console.accounts.revokeAll')}>
            <p>{t('console.accounts.confirm', { name: user.displayName, count: live })}</p>
            <button type="button" className="console-button danger-solid" data-testid="account-revoke-confirm" onClick={() => void revoke()}>{t('console.accounts.confirmYes')}</button>{' '}
            <button type="button" className="console-button" onClick={() => setStep({ kind: 'idle' })}>{t('console.accounts.cancel')}</button>
          </div>
        ) : (
          <button type="button" className="console-button danger" data-testid="account-revoke" disabled={step.kind === 'revoking' || live === 0} onClick={() => setStep({ kind: 'confirming' })}>
            {t('console.accounts.revokeAll')}
          </button>
        )}
        {step.kind === 'done' ? (
          <p role="status" data-testid="account-revoked">{step.revoked > 0 ? t('console.accounts.revoked', { count: step.revoked }) : t('console.accounts.revokedNone')}</p>
        ) : null}
        {step.kind === 'failed' ? <p className="form-error" role="alert">{loadErrorText(step.error, t)}</p> : null}
      </div>
    </aside>
  );
}
