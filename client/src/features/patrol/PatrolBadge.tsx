import { useEffect, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import './patrol.css';
import { patrolRecording } from './patrolRecording';

const minutesSince = (iso: string, now: number) => Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));

/** 巡查中 · 1.25 公里 · 35 分钟 · 屏幕常亮: in the header on every screen while a patrol runs. */
export function PatrolBadge() {
  const { t } = useI18n();
  const state = useSyncExternalStore(patrolRecording.subscribe, patrolRecording.get);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!state.startedAt) return;
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, [state.startedAt]);
  if (!state.patrolId || !state.startedAt) return null;
  const minutes = minutesSince(state.startedAt, now);
  const duration = minutes >= 60 ? t('patrol.badgeHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 }) : t('patrol.badgeMinutes', { minutes });
  const warning = state.position === 'denied' ? t('patrol.positionDenied') : state.position === 'unavailable' ? t('patrol.positionUnavailable') : null;
  return (
    <a href="#/enterprises" className={`patrol-badge${warning ? ' patrol-badge-warn' : ''}`} data-testid="patrol-badge" data-points={state.points}>
      <span>{t('patrol.badge', { km: (state.metres / 1000).toFixed(2), duration })}</span>
      <span className="patrol-badge-note">{warning ?? t(state.wakeLock === 'held' ? 'patrol.screenOn' : 'patrol.screenMaySleep')}</span>
    </a>
  );
}
