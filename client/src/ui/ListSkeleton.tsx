import { useI18n } from '../i18n/I18nProvider';
import './listSkeleton.css';

/**
 * Grey placeholder rows for a list whose first local read has not finished: a list is never
 * shown empty ("0 items", "no records") before the device has actually read it (issue 13).
 */
export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div data-testid="list-skeleton" aria-busy="true">
      <p className="visually-hidden">{t('enterprises.loading')}</p>
      {Array.from({ length: rows }, (_, i) => <div key={i} className="skeleton-row" aria-hidden />)}
    </div>
  );
}
