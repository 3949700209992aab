import { Button } from '../../ui/kit';
import { trackLength, type Grid, type Patrol } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeGrids } from '../../db/enterpriseRepository';
import { endPatrol, observeActivePatrol, startPatrol } from '../../db/patrolRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Start or stop a patrol. While it runs, PatrolRecorder (mounted by the app) records position
 * fixes on the device, synced later; only during a patrol, for the officer's privacy and battery.
 */
export function PatrolPanel({ officerId }: { officerId: string }) {
  const { t, dateTime } = useI18n();
  const db = useDatabase();
  const active = useObservable<Patrol | null>(() => observeActivePatrol(db, officerId), null, [db, officerId]);
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  return (
    <section className="card patrol-panel" data-testid="patrol-panel" data-active={String(active !== null)}>
      {active ? (
        <>
          <strong>{t('patrol.running', { since: dateTime(active.startedAt) })}</strong>
          <span data-testid="patrol-stats">{t('patrol.stats', { points: active.points.length, km: (trackLength(active.points) / 1000).toFixed(2), checkIns: active.checkIns.length })}</span>
          <Button size="small" color="warning" data-testid="patrol-stop" onClick={() => void endPatrol(db, active.id)}>{t('patrol.stop')}</Button>
        </>
      ) : (
        <>
          <span className="muted">{t('patrol.idle')}</span>
          <Button size="small" color="primary" data-testid="patrol-start" onClick={() => void startPatrol(db, officerId, grids)}>{t('patrol.start')}</Button>
        </>
      )}
    </section>
  );
}
