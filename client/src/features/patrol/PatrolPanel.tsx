import { useEffect } from 'react';
import { Button } from 'antd-mobile';
import { trackLength, type Grid, type Patrol } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeGrids } from '../../db/enterpriseRepository';
import { appendFix, endPatrol, observeActivePatrol, startPatrol } from '../../db/patrolRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { worthKeeping } from './fixFilter';

/**
 * Start or stop a patrol; while it runs, position fixes are recorded on the device (and synced
 * later). Positions are recorded only during a patrol, for the officer's privacy and battery.
 */
export function PatrolPanel({ officerId }: { officerId: string }) {
  const { t, dateTime } = useI18n();
  const db = useDatabase();
  const active = useObservable<Patrol | null>(() => observeActivePatrol(db, officerId), null, [db, officerId]);
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const activeId = active?.id;
  useEffect(() => {
    if (!activeId || !('geolocation' in navigator)) return;
    let last: Patrol['points'][number] | undefined;
    const watch = navigator.geolocation.watchPosition(
      (p) => {
        const fix = { t: new Date(p.timestamp).toISOString(), lat: p.coords.latitude, lon: p.coords.longitude, acc: p.coords.accuracy };
        if (!worthKeeping(last, fix)) return;
        last = fix;
        void appendFix(db, activeId, fix);
      },
      () => undefined,
      { enableHighAccuracy: true, maximumAge: 10_000 },
    );
    return () => navigator.geolocation.clearWatch(watch);
  }, [db, activeId]);

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
