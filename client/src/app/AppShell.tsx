import type { ReactNode } from 'react';
import { SyncIndicator } from '../features/sync-status/SyncIndicator';
import { useI18n } from '../i18n/I18nProvider';

export interface NavItem {
  path: string;
  label: string;
  active: boolean;
  /** A count shown next to the label (unread notifications). */
  badge?: ReactNode;
}

/** Header with the sync indicator (and `status`, e.g. a running patrol) on every screen; tablet-first, wraps on a phone. */
export function AppShell({ nav, banner, status, children }: { nav: NavItem[]; banner?: ReactNode; status?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav>
          {nav.map((item) => (
            <a key={item.path} href={`#${item.path}`} className={item.active ? 'active' : undefined}>{item.label}{item.badge}</a>
          ))}
        </nav>
        {status}
        <SyncIndicator />
      </header>
      {banner}
      <main className="app-main">{children}</main>
    </>
  );
}
