import { useSyncExternalStore } from 'react';
import type { Principal, Session } from '@anxun/shared-schema';
import { LoginPage } from '../features/login/LoginPage';
import { NotificationBadge } from '../features/notifications/NotificationBadge';
import { useI18n } from '../i18n/I18nProvider';
import { sessions } from '../sync/services';
import { useSyncServices, useSyncStatus } from '../sync/SyncContext';
import { AppShell } from './AppShell';
import { useHashPath } from './hashRoute';
import { routeScreen } from './routeScreen';

/** The shell, the sign-in-again banner and the screen for the current hash. */
export function Screens({ principal, onSignedInAgain, onSignOut }: { principal: Principal; onSignedInAgain: (s: Session) => void; onSignOut: () => void }) {
  const { t } = useI18n();
  const path = useHashPath();
  const { needsSignIn } = useSyncStatus();
  const revoked = useSyncExternalStore((l) => sessions.subscribe(l), () => sessions.get()).revoked === true;
  const { engine, outbox, photos } = useSyncServices();
  // An enterprise lands on its 整改清单; an administrator on the console; officers and supervisors on the enterprise ledger.
  const home = principal.role === 'enterprise' ? 'rectification' : principal.role === 'admin' ? 'console' : 'enterprises';
  const section = path[0] ?? home;
  const nav = principal.role === 'admin' ? [
    // 系统管理员: the ledger, and the console's administration pages; no inspection or hazard work.
    { path: '/console', label: t('nav.console'), active: section === 'console' },
    { path: '/enterprises', label: t('nav.enterprises'), active: section === 'enterprises' },
    { path: '/outbox', label: t('nav.outbox'), active: section === 'outbox' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ] : principal.role === 'enterprise' ? [
    { path: '/rectification', label: t('rect.nav'), active: section === 'rectification' },
    { path: '/inspections', label: t('rect.navSelfChecks'), active: section === 'inspections' },
    { path: principal.enterpriseId ? `/enterprises/${principal.enterpriseId}` : '/enterprises', label: t('rect.navProfile'), active: section === 'enterprises' },
    { path: '/notifications', label: t('notify.nav'), active: section === 'notifications', badge: <NotificationBadge userId={principal.userId} role={principal.role} /> },
    { path: '/outbox', label: t('nav.outbox'), active: section === 'outbox' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ] : [
    { path: '/enterprises', label: t('nav.enterprises'), active: section === 'enterprises' },
    { path: '/inspections', label: t('nav.inspections'), active: section === 'inspections' },
    { path: '/hazards', label: t('nav.hazards'), active: section === 'hazards' },
    // 双随机, 轨迹 and 月报 are pages of the console (its side nav); old #/draws links still land there.
    ...(principal.role === 'supervisor' ? [{ path: '/console', label: t('nav.console'), active: ['console', 'draws', 'tracks', 'reports'].includes(section) }] : []),
    ...(principal.role === 'officer' ? [{ path: '/tasks', label: t('nav.tasks'), active: section === 'tasks' }] : []),
    { path: '/recheck', label: t('recheck.nav'), active: section === 'recheck' },
    { path: '/notifications', label: t('notify.nav'), active: section === 'notifications', badge: <NotificationBadge userId={principal.userId} role={principal.role} /> },
    { path: '/outbox', label: t('nav.outbox'), active: section === 'outbox' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ];
  const banner = needsSignIn ? (
    <div className="banner banner-warn">
      <LoginPage embedded revoked={revoked} fixedUsername={principal.username} onSignedIn={(s) => { onSignedInAgain(s); engine.syncNow(); }} />
    </div>
  ) : null;
  return <AppShell nav={nav} banner={banner}>{routeScreen(path.length > 0 ? path : [home], { principal, onSignOut, t, outbox, kickPhotos: photos.kick })}</AppShell>;
}
