import type { Principal, Session } from '@anxun/shared-schema';
import { EnterpriseDetailPage } from '../features/enterprises/EnterpriseDetailPage';
import { EnterpriseEditPage } from '../features/enterprises/EnterpriseEditPage';
import { EnterpriseListPage } from '../features/enterprises/EnterpriseListPage';
import { LoginPage } from '../features/login/LoginPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { useI18n } from '../i18n/I18nProvider';
import { useSyncServices, useSyncStatus } from '../sync/SyncContext';
import { AppShell } from './AppShell';
import { navigate, useHashPath } from './hashRoute';

/** The routes: the only place that knows every feature. */
export function Screens({ principal, onSignedInAgain, onSignOut }: { principal: Principal; onSignedInAgain: (s: Session) => void; onSignOut: () => void }) {
  const { t } = useI18n();
  const path = useHashPath();
  const { needsSignIn } = useSyncStatus();
  const { engine } = useSyncServices();
  const [section = 'enterprises', id, action] = path;
  const nav = [
    { path: '/enterprises', label: t('nav.enterprises'), active: section === 'enterprises' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ];
  const banner = needsSignIn ? (
    <div className="banner banner-warn">
      <LoginPage embedded fixedUsername={principal.username} onSignedIn={(s) => { onSignedInAgain(s); engine.syncNow(); }} />
    </div>
  ) : null;

  let screen;
  if (section === 'settings') screen = <SettingsPage principal={principal} onSignOut={onSignOut} />;
  else if (id && action === 'edit') screen = <EnterpriseEditPage id={id} role={principal.role} onDone={() => navigate(`/enterprises/${encodeURIComponent(id)}`)} />;
  else if (id) screen = <EnterpriseDetailPage id={id} onEdit={() => navigate(`/enterprises/${encodeURIComponent(id)}/edit`)} onBack={() => navigate('/enterprises')} />;
  else screen = <EnterpriseListPage onOpen={(e) => navigate(`/enterprises/${encodeURIComponent(e)}`)} />;
  return <AppShell nav={nav} banner={banner}>{screen}</AppShell>;
}
