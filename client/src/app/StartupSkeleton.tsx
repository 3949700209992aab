import { useI18n } from '../i18n/I18nProvider';
import { ListSkeleton } from '../ui/ListSkeleton';

/**
 * What a signed-in device shows until its local database is open: the header and grey rows,
 * never an empty list or 已全部同步 (issue 13). The network state is the browser's own
 * (navigator.onLine), the only thing known before any request.
 */
export function StartupSkeleton() {
  const { t } = useI18n();
  const online = navigator.onLine;
  return (
    <>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <span className="skeleton-nav" aria-hidden />
        <div className="sync-indicator" data-testid="sync-indicator-startup" data-online={String(online)} role="status">
          <span className="dot" aria-hidden />
          <span>{online ? t('sync.online') : t('sync.offline')}</span>
        </div>
      </header>
      <main className="app-main">
        <ListSkeleton />
      </main>
    </>
  );
}
