import type { ReactNode } from 'react';
import { SyncIndicator } from '../features/sync-status/SyncIndicator';
import { useI18n } from '../i18n/I18nProvider';
import { TabBar } from './TabBar';
import '../ui/shell.css';

export interface NavItem {
  path: string;
  label: string;
  active: boolean;
  /** A count shown next to the label (unread notifications). */
  badge?: ReactNode;
  /** One of the phone's bottom tabs; every other destination sits under 更多. */
  tab?: boolean;
}

/**
 * Header with the sync indicator (and `status`, e.g. a running patrol) on every screen. Tablet and desktop: the nav wraps onto its own
 * row rather than scrolling or hiding under the status, so every destination shows at a glance.
 * Phone: a one-row header and a bottom tab bar with 更多 (CSS picks which nav shows).
 */
export function AppShell({ nav, banner, status, children }: { nav: NavItem[]; banner?: ReactNode; status?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav className="app-nav" aria-label={t('shell.mainNav')}>
          {nav.map((item) => (
            <a key={item.path} href={`#${item.path}`} className={item.active ? 'active' : undefined} aria-current={item.active ? 'page' : undefined}>{item.label}{item.badge}</a>
          ))}
        </nav>
        {status}
        <SyncIndicator />
      </header>
      {banner}
      <main className="app-main">{children}</main>
      <TabBar nav={nav} />
    </>
  );
}
