import { useState } from 'react';
import { Button } from '../../ui/kit';
import { ListingLevel, listingRegister, shanghaiDate, type Enterprise } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprises } from '../../db/enterpriseRepository';
import { observeHazardViews, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { HAZARD_STATE } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import './listingRegister.css';

/**
 * 挂牌督办台账: the listed hazards this supervisor's device holds, i.e. the ones in their area and
 * the areas below it (the server's replication scope decides what reaches the device, so a town
 * supervisor never holds another town's listings and a 张家港市 supervisor holds every town's).
 * Works offline; printable on A4 landscape. `onOpen` opens a hazard (composed by the app).
 */
export function ListingRegisterPage({ areaName, onOpen }: { areaName: string; onOpen: (hazardId: string) => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const views = useObservable<HazardView[] | null>(() => observeHazardViews(db), null, [db]);
  const enterprises = useObservable<Enterprise[]>(() => observeEnterprises(db), [], [db]);
  const [level, setLevel] = useState<ListingLevel | ''>('');
  const [withWrittenOff, setWithWrittenOff] = useState(false);
  if (!views) return <p className="muted">{t('console.loading')}</p>;
  const names = new Map(enterprises.map((e) => [e.id, e.name]));
  const now = new Date();
  const rows = listingRegister(views, { level: level || undefined, withWrittenOff }, shanghaiDate(now));
  return (
    <>
      <div className="report-toolbar register-toolbar">
        <h1>{t('register.title')}</h1>
        <label>{t('register.level')}
          <select data-testid="register-level" value={level} onChange={(e) => setLevel(ListingLevel.safeParse(e.target.value).data ?? '')}>
            <option value="">{t('register.level.all')}</option>
            {ListingLevel.options.map((l) => <option key={l} value={l}>{t(`recheck.level.${l}`)}</option>)}
          </select>
        </label>
        <label><input type="checkbox" data-testid="register-written-off" checked={withWrittenOff} onChange={(e) => setWithWrittenOff(e.target.checked)} /> {t('register.withWrittenOff')}</label>
        <Button size="small" data-testid="register-print" onClick={() => window.print()}>{t('register.print')}</Button>
      </div>
      <p className="muted register-note">{t('register.note')}</p>
      <article className="register-sheet" data-testid="register-sheet">
        <header className="register-head">
          <h2>{areaName} {t('register.title')}</h2>
          <p>{level ? t(`recheck.level.${level}`) : t('register.level.all')} · {t('register.count', { count: rows.length })} · {t('register.printedAt', { at: now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) })}</p>
        </header>
        {rows.length === 0 ? <p className="muted" data-testid="register-empty">{t('register.empty')}</p> : (
          <table className="register-table">
            <thead>
              <tr>
                {(['docNo', 'hazard', 'enterprise', 'level', 'authority', 'state', 'stop', 'plan', 'review'] as const).map((c) => <th key={c}>{t(`register.col.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.hazard.id} data-testid="register-row" className={`due-${r.due}`}>
                  <td>{r.docNo}</td>
                  <td className="wrap"><a href={`#/hazards/${encodeURIComponent(r.hazard.id)}`} onClick={(e) => { e.preventDefault(); onOpen(r.hazard.id); }}>{r.hazard.title}</a></td>
                  <td className="wrap">{names.get(r.hazard.enterpriseId) ?? r.hazard.enterpriseId}</td>
                  <td>{t(`recheck.level.${r.level}`)}</td>
                  <td>{r.areaCode ?? ''}</td>
                  <td data-testid="register-state">{label(HAZARD_STATE, r.state)}</td>
                  <td className={r.stopProduction ? 'bad' : undefined}>{r.stopProduction ? t('register.yes') : t('register.no')}</td>
                  <td data-testid="register-plan">{t(`register.plan.${r.plan}`)}</td>
                  <td>{r.reviewDate ?? ''} <span className={`due-tag due-tag-${r.due}`}>{t(`register.due.${r.due}`)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </>
  );
}
