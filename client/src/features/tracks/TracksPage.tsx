import { useEffect, useMemo, useState } from 'react';
import { patrolEnd, shanghaiDate, trackLength, type Enterprise, type Grid, type Patrol } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises, observeGrids } from '../../db/enterpriseRepository';
import { observeAllPatrols } from '../../db/trackRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { supervisorApi } from '../../sync/supervisorApi';
import { DayPatrols } from './DayPatrols';
import { TrackPlan } from './TrackPlan';
import './tracks.css';

const minutesOf = (p: Patrol) => Math.max(0, (patrolEnd(p) - Date.parse(p.startedAt)) / 60_000);

/** 轨迹: one officer's patrols of one day on a plan of the area's grids, from the patrols synced to this device. */
export function TracksPage() {
  const { t } = useI18n();
  const db = useDatabase();
  const patrols = useObservable<Patrol[]>(() => observeAllPatrols(db), [], [db]);
  const grids = useObservable<Grid[]>(() => observeGrids(db), [], [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    supervisorApi.inspectors().then((list) => setNames(new Map(list.map((o) => [o.userId, o.displayName]))), () => undefined);
  }, []);
  const officerIds = useMemo(() => [...new Set(patrols.map((p) => p.officerId))].sort(), [patrols]);
  const [chosenOfficer, setOfficer] = useState('');
  const officer = officerIds.includes(chosenOfficer) ? chosenOfficer : officerIds[0] ?? '';
  const days = useMemo(() => [...new Set(patrols.filter((p) => p.officerId === officer).map((p) => shanghaiDate(p.startedAt)))].sort().reverse(), [patrols, officer]);
  const [chosenDay, setDay] = useState('');
  const day = chosenDay !== '' ? chosenDay : days[0] ?? shanghaiDate(new Date());
  const shown = patrols.filter((p) => p.officerId === officer && shanghaiDate(p.startedAt) === day);
  const km = shown.reduce((sum, p) => sum + trackLength(p.points), 0) / 1000;
  const minutes = shown.reduce((sum, p) => sum + minutesOf(p), 0);
  const checkIns = shown.reduce((sum, p) => sum + p.checkIns.length, 0);

  return (
    <section data-testid="tracks-page">
      <div className="page-title"><h1>{t('tracks.title')}</h1></div>
      <div className="card tracks-controls">
        <label className="form-field">
          <span className="form-label">{t('tracks.officer')}</span>
          <select data-testid="tracks-officer" value={officer} onChange={(e) => { setOfficer(e.target.value); setDay(''); }}>
            {officerIds.length === 0 ? <option value="">{t('tracks.noPatrols')}</option> : null}
            {officerIds.map((id) => <option key={id} value={id}>{names.get(id) ?? id}</option>)}
          </select>
        </label>
        <label className="form-field">
          <span className="form-label">{t('tracks.day')}</span>
          <input type="date" data-testid="tracks-day" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        <dl className="tracks-stats" data-testid="tracks-stats">
          <div><dt>{t('tracks.distance')}</dt><dd>{km.toFixed(2)} km</dd></div>
          <div><dt>{t('tracks.duration')}</dt><dd>{t('tracks.minutes', { h: Math.floor(minutes / 60), m: Math.round(minutes % 60) })}</dd></div>
          <div><dt>{t('tracks.checkIns')}</dt><dd>{checkIns}</dd></div>
          <div><dt>{t('tracks.patrols')}</dt><dd>{shown.length}</dd></div>
        </dl>
      </div>
      <div className="card">
        {shown.length === 0 ? <p className="muted">{t('tracks.emptyDay')}</p> : null}
        <TrackPlan grids={grids} patrols={shown} enterprises={enterprises} />
      </div>
      <DayPatrols day={day} patrols={patrols.filter((p) => shanghaiDate(p.startedAt) === day)} enterprises={enterprises} officerNames={names} shownOfficer={officer}
        onShow={(id) => setOfficer(id)} />
    </section>
  );
}
