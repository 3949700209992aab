import { useEffect, useRef } from 'react';
import { judgeFix, trackLength, type Patrol, type TrackPoint } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { appendFix, observeActivePatrol } from '../../db/patrolRepository';
import { useObservable } from '../../db/useObservable';
import { patrolRecording } from './patrolRecording';
import { holdScreenWakeLock } from './screenWakeLock';

/**
 * Records the officer's running patrol, whatever screen is open: mounted once by the app, not by a
 * page, so opening an enterprise or an inspection never stops the track. After a reload it finds
 * the open patrol in the local database and carries on from its last stored fix.
 */
export function PatrolRecorder({ officerId }: { officerId: string }) {
  const db = useDatabase();
  const active = useObservable<Patrol | null>(() => observeActivePatrol(db, officerId), null, [db, officerId]);
  const activeId = active?.id;
  // The last fix kept: the stored one, or one appended but not yet read back from the database.
  const lastKept = useRef<{ patrolId: string; fix: TrackPoint | undefined } | undefined>(undefined);

  useEffect(() => {
    if (!active) return void patrolRecording.reset();
    const stored = active.points.at(-1);
    const kept = lastKept.current;
    if (kept?.patrolId !== active.id || (stored && (!kept.fix || stored.t > kept.fix.t))) lastKept.current = { patrolId: active.id, fix: stored };
    patrolRecording.update({ patrolId: active.id, startedAt: active.startedAt, metres: trackLength(active.points), points: active.points.length });
  }, [active]);

  useEffect(() => {
    if (!activeId) return;
    const stopWakeLock = holdScreenWakeLock((wakeLock) => patrolRecording.update({ wakeLock }));
    if (!('geolocation' in navigator)) {
      patrolRecording.update({ position: 'unavailable' });
      return stopWakeLock;
    }
    const watch = navigator.geolocation.watchPosition(
      (p) => {
        const fix = { t: new Date(p.timestamp).toISOString(), lat: p.coords.latitude, lon: p.coords.longitude, acc: p.coords.accuracy };
        patrolRecording.update({ position: 'fixing' });
        const previous = lastKept.current?.patrolId === activeId ? lastKept.current.fix : undefined;
        if (judgeFix(previous, fix) !== 'keep') return;
        lastKept.current = { patrolId: activeId, fix };
        void appendFix(db, activeId, fix);
      },
      (error) => patrolRecording.update({ position: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, maximumAge: 10_000 },
    );
    return () => {
      navigator.geolocation.clearWatch(watch);
      stopWakeLock();
    };
  }, [db, activeId]);

  return null;
}
