import { useDatabase } from '../../db/DatabaseContext';
import { observeMyRefusedCount } from '../../db/outboxQueries';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The header's warning that the server refused or merged over some of this user's operations
 * (an offline 确认 that met a supervisor's 驳回): never a silent outcome (invariant 2). Links to
 * the log where each one says why.
 */
export function RefusedChip({ userId }: { userId: string }) {
  const { t } = useI18n();
  const db = useDatabase();
  const count = useObservable<number>(() => observeMyRefusedCount(db, userId), 0, [db, userId]);
  if (count === 0) return null;
  return <a className="refused-chip" href="#/outbox" data-testid="refused-chip" data-count={count}>{t('sync.refusedChip', { count })}</a>;
}
