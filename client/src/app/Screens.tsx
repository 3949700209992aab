import { Suspense, useSyncExternalStore } from 'react';
import type { Principal, Session } from '@anxun/shared-schema';
import { LoginPage } from '../features/login/LoginPage';
import { NotificationBadge } from '../features/notifications/NotificationBadge';
import { PatrolBadge } from '../features/patrol/PatrolBadge';
import { PatrolRecorder } from '../features/patrol/PatrolRecorder';
import { RefusedChip } from '../features/sync-status/RefusedChip';
import { useI18n } from '../i18n/I18nProvider';
import { sessions } from '../sync/services';
import { useSyncServices, useSyncStatus } from '../sync/SyncContext';
import { AppShell, type NavItem } from './AppShell';
import { ListSkeleton } from '../ui/ListSkeleton';
import { useHashPath } from './hashRoute';
import { routeScreen } from './routeScreen';

/** The shell, the sign-in-again banner and the screen for the current hash. */
export function Screens({ principal, onSignedInAgain, onSignOut }: { principal: Principal; onSignedInAgain: (s: Session) => void; onSignOut: () => void }) {
  const { t } = useI18n();
  const path = useHashPath();
  const { needsSignIn } = useSyncStatus();
  const revoked = useSyncExternalStore((l) => sessions.subscribe(l), () => sessions.get()).revoked === true;
  const { engine, outbox, photos } = useSyncServices();
  // An enterprise lands on its 整改清单, a supervisor or an administrator on 监管台, an officer on the enterprise ledger.
  const home = principal.role === 'enterprise' ? 'rectification' : principal.role === 'supervisor' || principal.role === 'admin' ? 'console' : 'enterprises';
  const section = path[0] ?? home;
  const badge = <NotificationBadge userId={principal.userId} role={principal.role} />;
  // `tab: true` marks the phone's bottom tabs (at most four); the rest go under 更多.
  const nav: NavItem[] = principal.role === 'admin' ? [
    // 系统管理员: the ledger, and the console's administration pages; no inspection or hazard work.
    { path: '/console', label: t('nav.console'), active: section === 'console', tab: true },
    { path: '/enterprises', label: t('nav.enterprises'), active: section === 'enterprises', tab: true },
    { path: '/outbox', label: t('nav.outbox'), active: section === 'outbox', tab: true },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings', tab: true },
  ] : principal.role === 'enterprise' ? [
    { path: '/rectification', label: t('rect.nav'), active: section === 'rectification', tab: true },
    { path: '/inspections', label: t('rect.navSelfChecks'), active: section === 'inspections', tab: true },
    { path: principal.enterpriseId ? `/enterprises/${principal.enterpriseId}` : '/enterprises', label: t('rect.navProfile'), active: section === 'enterprises', tab: true },
    { path: '/notifications', label: t('notify.nav'), active: section === 'notifications', badge, tab: true },
    { path: '/roster', label: t('roster.nav'), active: section === 'roster' },
    { path: '/outbox', label: t('nav.outbox'), active: section === 'outbox' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ] : [
    // 双随机, 轨迹 and 月报 are pages of the console (its side nav); old #/draws links still land there.
    ...(principal.role === 'supervisor' ? [{ path: '/console', label: t('nav.console'), active: ['console', 'draws', 'tracks', 'reports'].includes(section), tab: true }] : []),
    { path: '/enterprises', label: t('nav.enterprises'), active: section === 'enterprises', tab: true },
    { path: '/inspections', label: t('nav.inspections'), active: section === 'inspections', tab: principal.role === 'officer' },
    { path: '/hazards', label: t('nav.hazards'), active: section === 'hazards', tab: true },
    ...(principal.role === 'officer' ? [{ path: '/tasks', label: t('nav.tasks'), active: section === 'tasks' }] : []),
    ...(principal.role === 'officer' ? [{ path: '/report-checks', label: t('nav.reportChecks'), active: section === 'report-checks' }] : []),
    { path: '/recheck', label: t('recheck.nav'), active: section === 'recheck' },
    ...(principal.role === 'officer' ? [{ path: '/referrals', label: t('nav.referrals'), active: section === 'referrals' }] : []),
    ...(principal.role === 'supervisor' || principal.officerKind === 'enforcement' ? [{ path: '/cases', label: t('case.nav'), active: section === 'cases' }] : []),
    { path: '/notifications', label: t('notify.nav'), active: section === 'notifications', badge, tab: true },
    { path: '/outbox', label: t('nav.outbox'), active: section === 'outbox' },
    { path: '/settings', label: t('nav.settings'), active: section === 'settings' },
  ];
  const banner = needsSignIn ? (
    <div className="banner banner-warn">
      <LoginPage embedded revoked={revoked} fixedUsername={principal.username} onSignedIn={(s) => { onSignedInAgain(s); engine.syncNow(); }} />
    </div>
  ) : null;
  // The patrol recorder belongs to the app, not a page: it keeps recording on every screen.
  const officer = principal.role === 'officer';
  return (
    <AppShell nav={nav} banner={banner} status={<>{officer ? <PatrolBadge /> : null}<RefusedChip userId={principal.userId} /></>}>
      {officer ? <PatrolRecorder officerId={principal.userId} /> : null}
      {/* Screens other than the home load on first use (app/lazyFeatures.ts). */}
      <Suspense fallback={<ListSkeleton />}>{routeScreen(path.length > 0 ? path : [home], { principal, onSignOut, t, outbox, kickPhotos: photos.kick })}</Suspense>
    </AppShell>
  );
}
