import { useEffect, useState } from 'react';
import { Button, Dialog, List, Toast } from '../../ui/kit';
import type { Principal } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { formatBytes, readStorageReport, type StorageReport } from '../../pwa/storagePersistence';
import { deviceId } from '../../sync/deviceId';
import { api } from '../../sync/services';
import { endAllSessions, endThisSession } from '../../sync/signOut';
import { useSyncStatus } from '../../sync/SyncContext';

/** Language, storage on this device, and signing out without losing unsynced work. */
export function SettingsPage({ principal, onSignOut }: { principal: Principal; onSignOut: () => void }) {
  const { t, language, setLanguage } = useI18n();
  const { pending } = useSyncStatus();
  const [storage, setStorage] = useState<StorageReport | null>(null);
  useEffect(() => {
    void readStorageReport().then(setStorage);
  }, []);
  // Signing out never deletes this user's local database or outbox: unsynced work stays on the
  // device and is pushed after the next sign-in. The warning says so when anything is waiting.
  // The server ends the session too when it can be reached; offline, the local sign-out still happens.
  const signOut = () => {
    void Dialog.confirm({
      content: (
        <div data-testid="logout-dialog" data-pending={pending}>
          <p>{pending > 0 ? t('logout.unsynced', { count: pending }) : t('logout.confirm')}</p>
          <p className="muted">{t('logout.keep')}</p>
        </div>
      ),
      confirmText: <span data-testid="logout-confirm">{t('logout')}</span>,
      cancelText: t('common.cancel'),
      onConfirm: async () => {
        await endThisSession(api);
        onSignOut();
      },
    });
  };
  const signOutEverywhere = () => {
    void Dialog.confirm({
      content: <div data-testid="logout-all-dialog" data-pending={pending}><p>{t('logout.allConfirm')}</p>{pending > 0 ? <p>{t('logout.unsynced', { count: pending })}</p> : null}</div>,
      confirmText: <span data-testid="logout-all-confirm">{t('logout.all')}</span>,
      cancelText: t('common.cancel'),
      onConfirm: async () => {
        const ended = await endAllSessions(api);
        if (ended.ok) return onSignOut();
        Toast.show({ content: ended.reason === 'offline' ? t('logout.allOffline') : t('logout.allFailed', { message: ended.reason }), position: 'bottom' });
      },
    });
  };
  return (
    <>
      <div className="page-title"><h1>{t('settings.title')}</h1></div>
      <List>
        <List.Item extra={`${principal.displayName}（${principal.username}）`}>{t('settings.user')}</List.Item>
        <List.Item extra={
          <select data-testid="language" aria-label={t('settings.language')} value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh-CN')}>
            <option value="zh-CN">简体中文</option>
            <option value="en">English</option>
          </select>
        }>{t('settings.language')}</List.Item>
        <List.Item
          extra={storage ? t('settings.storageUsage', { used: formatBytes(storage.usedBytes), quota: formatBytes(storage.quotaBytes) }) : '…'}
          description={storage ? (storage.persisted ? t('settings.persisted') : t('settings.notPersisted')) : undefined}
        >
          {t('settings.storage')}
        </List.Item>
        <List.Item extra={<code>{deviceId()}</code>}>{t('settings.device')}</List.Item>
      </List>
      <Button data-testid="logout" block color="danger" fill="outline" style={{ marginTop: 16 }} onClick={signOut}>{t('logout')}</Button>
      <Button data-testid="logout-all" block color="danger" fill="none" style={{ marginTop: 8 }} onClick={signOutEverywhere}>{t('logout.all')}</Button>
    </>
  );
}
