import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { AccountsPage } from './AccountsPage';
import { ConflictsPage } from './ConflictsPage';
import { KpiPage } from './KpiPage';
import { OverviewPage } from './OverviewPage';
import { ReviewPage } from './ReviewPage';
import './console.css';
import './consoleNarrow.css';

/**
 * A page of the console added from outside this feature (routeScreen composes features): its
 * path segment under #/console/, its label in the side nav, and what it shows.
 */
export interface ConsoleEntry {
  path: string;
  label: string;
  render: (rest: string[]) => ReactNode;
}

/** Slots the console gets from the app: photos come from the photo capability. */
export interface ConsoleSlots {
  renderPhotos?: ((hashes: string[]) => ReactNode) | undefined;
}

/**
 * The supervisors' desktop console (1440×900 first): its own side nav over 一页通览, 考核指标,
 * 审核督办, 冲突日志, 账号与设备 and any `extraEntries`. `path` is what follows #/console/.
 */
export function ConsoleScreen({ path, extraEntries = [], slots = {}, builtInPages }: { path: string[]; extraEntries?: readonly ConsoleEntry[]; slots?: ConsoleSlots; builtInPages?: readonly string[] }) {
  const { t } = useI18n();
  const [page = 'overview', ...rest] = path;
  const go = (sub: string) => {
    window.location.hash = `/console/${sub}`;
  };
  const allBuiltIn: ConsoleEntry[] = [
    {
      path: 'overview', label: t('console.overview'),
      // #/console/overview/hazard/:id opens the drilldown: deep links work and Back closes it.
      render: ([sub, id]) => (
        <OverviewPage openId={sub === 'hazard' && id ? id : null} renderPhotos={slots.renderPhotos}
          onOpen={(hazardId) => go(hazardId ? `overview/hazard/${encodeURIComponent(hazardId)}` : 'overview')} />
      ),
    },
    { path: 'kpis', label: t('console.kpis'), render: () => <KpiPage /> },
    { path: 'review', label: t('console.review'), render: () => <ReviewPage renderPhotos={slots.renderPhotos} /> },
    { path: 'conflicts', label: t('console.conflicts'), render: () => <ConflictsPage /> },
    {
      path: 'accounts', label: t('console.accounts'),
      // #/console/accounts/:userId selects a user: the device panel survives a reload.
      render: ([id]) => <AccountsPage selectedId={id ?? null} onSelect={(userId) => go(userId ? `accounts/${encodeURIComponent(userId)}` : 'accounts')} />,
    },
  ];
  // An administrator's console shows only the built-in pages it may use (`builtInPages`).
  const builtIn = builtInPages ? allBuiltIn.filter((e) => builtInPages.includes(e.path)) : allBuiltIn;
  const entries = [...builtIn, ...extraEntries.filter((e) => !builtIn.some((b) => b.path === e.path))];
  const current = entries.find((e) => e.path === page) ?? entries[0];
  return (
    <div className="console" data-testid="console">
      <nav className="console-nav" aria-label={t('console.title')}>
        <div className="console-nav-title">{t('console.title')}</div>
        {entries.map((e) => (
          <a key={e.path} href={`#/console/${e.path}`} data-testid={`console-nav-${e.path}`} className={e === current ? 'active' : undefined}>{e.label}</a>
        ))}
      </nav>
      <section className="console-page">{current?.render(rest)}</section>
    </div>
  );
}
