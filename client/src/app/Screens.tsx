import type { Principal, Session } from '@anxun/shared-schema';
import { EnterpriseDetailPage } from '../features/enterprises/EnterpriseDetailPage';
import { EnterpriseEditPage } from '../features/enterprises/EnterpriseEditPage';
import { EnterpriseListPage } from '../features/enterprises/EnterpriseListPage';
import { HazardDetailPage } from '../features/hazards/HazardDetailPage';
import { HazardListPage } from '../features/hazards/HazardListPage';
import { NewHazardPage } from '../features/hazards/NewHazardPage';
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
    { path: '/hazards', label: t('nav.hazards'), active: section === 'hazards' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ];
  const banner = needsSignIn ? (
    <div className="banner banner-warn">
      <LoginPage embedded fixedUsername={principal.username} onSignedIn={(s) => { onSignedInAgain(s); engine.syncNow(); }} />
    </div>
  ) : null;

  const openHazard = (h: string) => navigate(`/hazards/${encodeURIComponent(h)}`);
  let screen;
  if (section === 'settings') screen = <SettingsPage principal={principal} onSignOut={onSignOut} />;
  else if (section === 'hazards' && id) screen = <HazardDetailPage id={id} onBack={() => navigate('/hazards')} />;
  else if (section === 'hazards') screen = <HazardListPage onOpen={openHazard} />;
  else if (id && action === 'new-hazard') screen = <NewHazardPage enterpriseId={id} onDone={openHazard} />;
  else if (id && action === 'edit') screen = <EnterpriseEditPage id={id} role={principal.role} onDone={() => navigate(`/enterprises/${encodeURIComponent(id)}`)} />;
  else if (id) {
    screen = (
      <>
        <EnterpriseDetailPage id={id} onEdit={() => navigate(`/enterprises/${encodeURIComponent(id)}/edit`)} onBack={() => navigate('/enterprises')} />
        <div className="action-buttons"><a className="adm-button adm-button-primary" data-testid="new-hazard-link" href={`#/enterprises/${encodeURIComponent(id)}/new-hazard`}>{t('hazards.new')}</a></div>
        <HazardListPage enterpriseId={id} title={t('hazards.ofEnterprise')} onOpen={openHazard} />
      </>
    );
  }
  else screen = <EnterpriseListPage onOpen={(e) => navigate(`/enterprises/${encodeURIComponent(e)}`)} />;
  return <AppShell nav={nav} banner={banner}>{screen}</AppShell>;
}
