import { patrolEnd, trackLength, type Enterprise, type Patrol } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';

const clock = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));


/** 当日巡查: every officer's patrols of the day, with distance, duration and the enterprises checked in at. */
export function DayPatrols({ day, patrols, enterprises, officerNames, shownOfficer, onShow }: {
  day: string;
  patrols: readonly Patrol[];
  enterprises: readonly Enterprise[];
  officerNames: Map<string, string>;
  shownOfficer: string;
  onShow: (officerId: string) => void;
}) {
  const { t } = useI18n();
  const names = new Map(enterprises.map((e) => [e.id, e.name]));
  const rows = [...patrols].sort((a, b) => (officerNames.get(a.officerId) ?? a.officerId).localeCompare(officerNames.get(b.officerId) ?? b.officerId) || a.startedAt.localeCompare(b.startedAt));
  if (rows.length === 0) return null;
  return (
    <section className="card" data-testid="day-patrols">
      <h2>{t('tracks.dayList', { day })}</h2>
      <table className="day-patrols">
        <thead>
          <tr><th>{t('tracks.officer')}</th><th>{t('tracks.col.time')}</th><th>{t('tracks.duration')}</th><th>{t('tracks.distance')}</th><th>{t('tracks.col.visited')}</th></tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            // A patrol's end: when it was stopped, else its last fix (patrolEnd, as the officer KPIs count it).
            const minutes = Math.max(0, Math.round((patrolEnd(p) - Date.parse(p.startedAt)) / 60_000));
            const visited = [...new Set(p.checkIns.map((c) => names.get(c.enterpriseId) ?? c.enterpriseId))];
            return (
              <tr key={p.id} data-testid="day-patrol" data-shown={String(p.officerId === shownOfficer)}>
                <td><button type="button" className="link-button" onClick={() => onShow(p.officerId)}>{officerNames.get(p.officerId) ?? p.officerId}</button></td>
                <td className="num">{clock(p.startedAt)}–{p.endedAt ? clock(p.endedAt) : t('tracks.col.running')}</td>
                <td className="num">{t('tracks.minutes', { h: Math.floor(minutes / 60), m: minutes % 60 })}</td>
                <td className="num">{(trackLength(p.points) / 1000).toFixed(2)} km</td>
                <td>{visited.length > 0 ? visited.join('、') : <span className="muted">{t('tracks.col.none')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
