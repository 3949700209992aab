import { useState } from 'react';
import { Button } from '../../ui/kit';
import type { OnsiteMeasure } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { issueWrit } from './issueWrit';
import { useHazardWrits } from './useHazardWrits';
import { WritLinks } from './WritLinks';
import { issuableKinds } from './writPermissions';
import { MEASURE_TEXT, WRIT_TITLE } from './writWording';

const MEASURES = Object.keys(MEASURE_TEXT) as OnsiteMeasure[];

/**
 * On a (proposed or confirmed) major hazard: an enforcement officer decides 现场处理措施 and issues
 * the 现场处理措施决定书 offline, naming the second enforcement officer the law requires.
 */
export function MeasuresWritActions({ hazardId, onOpen }: { hazardId: string; onOpen: (writId: string) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const { view, enterprise, writs } = useHazardWrits(hazardId);
  const [measures, setMeasures] = useState<OnsiteMeasure[]>(['withdrawWorkers', 'suspendProduction']);
  const [facilities, setFacilities] = useState('');
  const [second, setSecond] = useState({ name: '', certNo: '' });
  const [ownCert, setOwnCert] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!view || !enterprise || !author) return null;
  const major = view.status.level === 'major' || view.hazard.proposedLevel === 'major';
  const issued = writs.filter((w) => w.kind === 'onsiteMeasures' && w.hazardIds.includes(hazardId));
  const canIssue = major && issuableKinds(author.principal, ['onsiteMeasures']).length > 0;
  if (!canIssue && issued.length === 0) return null;
  const toggle = (m: OnsiteMeasure, on: boolean) => setMeasures(on ? MEASURES.filter((x) => x === m || measures.includes(x)) : measures.filter((x) => x !== m));
  const issue = async () => {
    const result = await issueWrit(db, {
      kind: 'onsiteMeasures', enterprise, hazards: [view], priorWrits: writs,
      decision: { measures, ...(facilities.trim() ? { facilities: facilities.trim() } : {}) },
      coOfficers: [second], issuerCertNo: ownCert,
      issuer: { userId: author.principal.userId, displayName: author.principal.displayName },
    });
    if (result.ok) onOpen(result.writ.id);
    else setError(result.message);
  };
  return (
    <section className="card" data-testid="hazard-measures-writ">
      <h2>{WRIT_TITLE.onsiteMeasures}</h2>
      {canIssue ? (
        <div className="form">
          {MEASURES.map((m) => (
            <label key={m}><input type="checkbox" data-testid={`measure-${m}`} checked={measures.includes(m)} onChange={(e) => toggle(m, e.target.checked)} style={{ display: 'inline', width: 'auto' }} /> {MEASURE_TEXT[m]}</label>
          ))}
          {measures.includes('stopFacilities') ? <label>{t('writ.facilities')}<input data-testid="measure-facilities" value={facilities} onChange={(e) => setFacilities(e.target.value)} /></label> : null}
          <label>{t('writ.ownCertNo')}<input data-testid="own-cert-no" value={ownCert} onChange={(e) => setOwnCert(e.target.value)} /></label>
          <label>{t('writ.secondOfficer')}<input data-testid="second-officer-name" value={second.name} onChange={(e) => setSecond({ ...second, name: e.target.value })} /></label>
          <label>{t('writ.secondCertNo')}<input data-testid="second-officer-cert" value={second.certNo} onChange={(e) => setSecond({ ...second, certNo: e.target.value })} /></label>
          <Button size="small" data-testid="issue-writ-onsiteMeasures" onClick={() => void issue()}>{t('writ.issue', { title: WRIT_TITLE.onsiteMeasures })}</Button>
        </div>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <WritLinks writs={issued} />
    </section>
  );
}
