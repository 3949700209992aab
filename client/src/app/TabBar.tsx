import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { NavItem } from './AppShell';

/**
 * The phone's bottom tab bar: the items marked `tab`, then 更多 listing the rest (data-driven, so
 * destinations other features add slot in). Hidden by CSS above phone width.
 */
export function TabBar({ nav }: { nav: NavItem[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const tabs = nav.filter((item) => item.tab);
  const rest = nav.filter((item) => !item.tab);
  const restActive = rest.some((item) => item.active);
  useEffect(() => {
    const close = () => setOpen(false);
    window.addEventListener('hashchange', close);
    return () => window.removeEventListener('hashchange', close);
  }, []);
  return (
    <nav className="tab-bar" aria-label={t('shell.mainNav')} data-testid="tab-bar">
      {open ? (
        <div className="tab-more-sheet" data-testid="tab-more-sheet">
          <div className="tab-more-title">{t('shell.moreTitle')}</div>
          {rest.map((item) => (
            <a key={item.path} href={`#${item.path}`} className={item.active ? 'active' : undefined} aria-current={item.active ? 'page' : undefined} onClick={() => setOpen(false)}>{item.label}{item.badge}</a>
          ))}
        </div>
      ) : null}
      {tabs.map((item) => (
        <a key={item.path} href={`#${item.path}`} className={item.active ? 'tab active' : 'tab'} aria-current={item.active ? 'page' : undefined}>{item.label}{item.badge}</a>
      ))}
      {rest.length > 0 ? (
        <button type="button" className={restActive ? 'tab active' : 'tab'} aria-expanded={open} data-testid="tab-more" onClick={() => setOpen((o) => !o)}>
          {open ? t('shell.close') : t('shell.more')}
        </button>
      ) : null}
    </nav>
  );
}
