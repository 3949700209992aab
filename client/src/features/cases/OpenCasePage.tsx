import { useState } from 'react';
import { Button } from '../../ui/kit';
import { CITATIONS, formatCitation, newId, type Enterprise, type EnforcementCase } from '@anxun/shared-schema';
import { observeCases, saveCase } from '../../db/caseRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { observeHazardView, type HazardView } from '../../db/hazardRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { draftCase } from './caseDraft';

/** Duties of the Law a finding usually violates, and the penalty provisions: picked by citation key. */
const PROVISIONS = [...CITATIONS.values()].filter((c) => c.key.startsWith('aqf.') || c.key.startsWith('xff.'));

/** 立案 from a hazard whose referral was accepted: offline, on this device. */
export function OpenCasePage({ hazardId, onOpened }: { hazardId: string; onOpened: (caseId: string) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const view = useObservable<HazardView | null | undefined>(() => observeHazardView(db, hazardId), undefined, [db, hazardId]);
  const enterpriseId = view?.hazard.enterpriseId ?? '';
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, enterpriseId), null, [db, enterpriseId]);
  const cases = useObservable<EnforcementCase[]>(() => observeCases(db), [], [db]);
  const [form, setForm] = useState({ cause: '', facts: '', violatedKey: 'aqf.41.2', penaltyKey: 'aqf.102', ownCert: '', second: '', secondCert: '' });
  const [error, setError] = useState<string | null>(null);
  if (!view || !enterprise || !author) return <p className="muted">{t('enterprises.loading')}</p>;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const open = async () => {
    if (!form.second.trim()) return setError(t('case.needsSecond'));
    const drafted = draftCase({
      id: `case-${newId()}`, hazard: view.hazard, enterprise, cause: form.cause || view.hazard.title, facts: form.facts || view.hazard.description || view.hazard.title,
      violatedKey: form.violatedKey, penaltyKey: form.penaltyKey, opener: { userId: author.principal.userId, displayName: author.principal.displayName, certNo: form.ownCert },
      second: { name: form.second, certNo: form.secondCert }, deviceId: author.deviceId, existingNos: cases.map((c) => c.caseNo), now: new Date(),
    });
    const saved = await saveCase(db, drafted);
    if (saved.ok) onOpened(saved.value.id);
    else setError(saved.issues.map((i) => i.message).join('；'));
  };
  const provisionSelect = (key: 'violatedKey' | 'penaltyKey', testId: string) => (
    <select data-testid={testId} value={form[key]} onChange={set(key)}>
      {PROVISIONS.map((c) => <option key={c.key} value={c.key}>{formatCitation(c)}</option>)}
    </select>
  );
  return (
    <section className="card" data-testid="open-case">
      <h1>{t('case.open')}</h1>
      <p className="muted">{enterprise.name} · {view.hazard.title}</p>
      <div className="form">
        <label>{t('case.cause')}<input data-testid="case-cause" placeholder={view.hazard.title} value={form.cause} onChange={set('cause')} /></label>
        <label>{t('case.facts')}<textarea data-testid="case-facts" placeholder={view.hazard.description} value={form.facts} onChange={set('facts')} /></label>
        <label>{t('case.violated')}{provisionSelect('violatedKey', 'case-violated')}</label>
        <label>{t('case.penaltyBasis')}{provisionSelect('penaltyKey', 'case-penalty-basis')}</label>
        <label>{t('writ.ownCertNo')}<input data-testid="case-own-cert" value={form.ownCert} onChange={set('ownCert')} /></label>
        <label>{t('writ.secondOfficer')}<input data-testid="case-second-officer" value={form.second} onChange={set('second')} /></label>
        <label>{t('writ.secondCertNo')}<input data-testid="case-second-cert" value={form.secondCert} onChange={set('secondCert')} /></label>
        <Button color="primary" data-testid="case-open-submit" onClick={() => void open()}>{t('case.openSubmit')}</Button>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}
