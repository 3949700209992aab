import { useState } from 'react';
import { Button } from '../../ui/kit';
import { CASE_WRIT_KINDS, type EnforcementCase, type Writ, type WritKind } from '@anxun/shared-schema';
import { saveCase } from '../../db/caseRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { useObservable } from '../../db/useObservable';
import { observeWrits, provisionalWritNumbers, saveWrit } from '../../db/writRepository';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { draftCaseWrit, writReference } from './caseWritDraft';
import { WRIT_TITLE } from './writWording';

/** Documents served on the party: serving one makes the case visible to the enterprise. */
const SERVABLE: readonly WritKind[] = ['penaltyNotice', 'penaltyDecision'];
const MADE_HERE = CASE_WRIT_KINDS.filter((k) => k !== 'serviceReceipt');

/** A case's documents: made offline with provisional numbers, opened to print, served with a 送达回执. */
export function CaseWritActions({ value, onOpen }: { value: EnforcementCase; onOpen: (writId: string) => void }) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const writs = useObservable<Writ[]>(() => observeWrits(db, value.enterpriseId), [], [db, value.enterpriseId]);
  const [penalty, setPenalty] = useState({ fine: '', other: '', hearing: false });
  const [inquiry, setInquiry] = useState({ person: '', position: '', question: '', answer: '' });
  const [error, setError] = useState<string | null>(null);
  if (!author) return null;
  const own = writs.filter((w) => w.caseId === value.id);
  const make = async (kind: WritKind, served?: Writ) => {
    const now = new Date();
    const drafted = draftCaseWrit(value, {
      kind, place: value.party.address, served,
      penalty: SERVABLE.includes(kind) ? { fineYuan: Number(penalty.fine) || 0, ...(penalty.other.trim() ? { other: penalty.other.trim() } : {}), hearing: penalty.hearing } : undefined,
      inquiry: kind === 'inquiryRecord' ? { person: inquiry.person.trim(), position: inquiry.position.trim(), startedAt: now.toISOString(), answers: [{ question: inquiry.question, answer: inquiry.answer }] } : undefined,
    }, { deviceId: author.deviceId, existingNos: await provisionalWritNumbers(db), issuedBy: author.principal.userId, now });
    const saved = await saveWrit(db, served ? { ...drafted, servedAt: now.toISOString() } : drafted);
    if (!saved.ok) return setError(saved.issues.map((i) => i.message).join('；'));
    if (served) {
      // 送达: the served document and the case become the enterprise's to read (caseVisibility).
      await saveWrit(db, { ...served, servedAt: now.toISOString() });
      await saveCase(db, { ...value, servedAt: value.servedAt ?? now.toISOString(), status: served.kind === 'penaltyDecision' && value.status === 'decided' ? 'served' : value.status });
    }
    setError(null);
    onOpen(saved.value.id);
  };
  return (
    <section className="card" data-testid="case-writs">
      <h2>{t('case.documents')}</h2>
      {own.map((w) => (
        <div key={w.id} className="queue-row" data-testid="case-writ" data-kind={w.kind}>
          <a href={`#/documents/${encodeURIComponent(w.id)}`}>{writReference(w)}</a>
          {SERVABLE.includes(w.kind) ? (w.servedAt ? <span className="muted"> · {t('case.served')}</span> : <Button size="mini" data-testid={`serve-${w.kind}`} onClick={() => void make('serviceReceipt', w)}>{t('case.serve')}</Button>) : null}
        </div>
      ))}
      <div className="form">
        <label>{t('case.fine')}<input data-testid="case-fine" inputMode="numeric" value={penalty.fine} onChange={(e) => setPenalty({ ...penalty, fine: e.target.value })} /></label>
        <label>{t('case.otherPenalty')}<input data-testid="case-other-penalty" value={penalty.other} onChange={(e) => setPenalty({ ...penalty, other: e.target.value })} /></label>
        <label><input type="checkbox" data-testid="case-hearing" checked={penalty.hearing} onChange={(e) => setPenalty({ ...penalty, hearing: e.target.checked })} style={{ display: 'inline', width: 'auto' }} /> {t('case.hearing')}</label>
        <label>{t('case.inquiryPerson')}<input data-testid="inquiry-person" value={inquiry.person} onChange={(e) => setInquiry({ ...inquiry, person: e.target.value })} /></label>
        <label>{t('case.inquiryPosition')}<input data-testid="inquiry-position" value={inquiry.position} onChange={(e) => setInquiry({ ...inquiry, position: e.target.value })} /></label>
        <label>{t('case.question')}<input data-testid="inquiry-question" value={inquiry.question} onChange={(e) => setInquiry({ ...inquiry, question: e.target.value })} /></label>
        <label>{t('case.answer')}<textarea data-testid="inquiry-answer" value={inquiry.answer} onChange={(e) => setInquiry({ ...inquiry, answer: e.target.value })} /></label>
        <div className="action-buttons">
          {MADE_HERE.map((kind) => <Button key={kind} size="small" data-testid={`issue-case-writ-${kind}`} onClick={() => void make(kind)}>{t('case.issue', { title: WRIT_TITLE[kind] })}</Button>)}
        </div>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}
