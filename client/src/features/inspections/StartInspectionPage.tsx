import { useState } from 'react';
import { Button, Dialog, List } from '../../ui/kit';
import { checkInPlace, InspectionType, needsOffSiteReason, newId, type CheckInPlace, type ChecklistTemplate, type Enterprise, type Inspection, type Patrol } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise, saveEnterpriseEdit } from '../../db/enterpriseRepository';
import { observeTemplates, rankTemplates, saveInspection } from '../../db/inspectionRepository';
import { addCheckIn, observeActivePatrol } from '../../db/patrolRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTERPRISE_TAG, SUPERVISION_CATEGORY } from '../../i18n/labels';
import type { MessageKey } from '../../i18n/zh';
import { useAuthor } from '../../sync/useAuthor';
import { CheckInPrompt } from './CheckInPrompt';
import { currentPosition } from './currentPosition';
import { guardIssueText } from '../../i18n/problemText';

type Fix = Awaited<ReturnType<typeof currentPosition>>;
interface Pending { template: ChecklistTemplate; fix: Fix; place: CheckInPlace }

/** Choose a checklist suited to the enterprise, check in on site, and start; the inspection keeps the template version. */
export function StartInspectionPage({ enterpriseId, onStarted }: { enterpriseId: string; onStarted: (inspectionId: string) => void }) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, enterpriseId), null, [db, enterpriseId]);
  const templates = useObservable<ChecklistTemplate[]>(() => observeTemplates(db), [], [db]);
  const patrol = useObservable<Patrol | null>(() => observeActivePatrol(db, author?.principal.userId ?? ''), null, [db, author?.principal.userId]);
  const role = author?.principal.role;
  const types = role === 'enterprise' ? (['selfCheck'] as const) : InspectionType.options.filter((k) => k !== 'selfCheck');
  const [type, setType] = useState<Inspection['type']>(types[0] ?? 'gridPatrol');
  const [secondOfficer, setSecondOfficer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  if (!enterprise || !author) return <p className="muted">{t('enterprises.loading')}</p>;

  // 现场签到: the position is compared with the enterprise's; away from it (or with no fix) the officer says why.
  const start = async (template: ChecklistTemplate) => {
    if (type === 'enforcement' && !secondOfficer.trim()) return setError(t('inspect.secondOfficer'));
    const fix = await currentPosition();
    const place = type === 'selfCheck' ? ({ kind: 'noEnterpriseLocation' } as const) : checkInPlace(enterprise, fix ? { position: fix.position } : undefined);
    if (needsOffSiteReason(place)) return setPending({ template, fix, place });
    await begin(template, fix, place, undefined);
  };

  const begin = async (template: ChecklistTemplate, position: Fix, place: CheckInPlace, offSiteReason: string | undefined) => {
    setPending(null);
    const now = new Date().toISOString();
    const inspection: Inspection = {
      id: newId(), enterpriseId, templateId: template.id, templateVersion: template.version, type, status: 'inProgress',
      officerIds: type === 'enforcement' ? [author.principal.userId, secondOfficer.trim()] : [author.principal.userId],
      startedAt: now,
      checkIn: { at: now, ...(position ? { position: position.position, accuracyMetres: position.accuracyMetres } : {}), ...(offSiteReason ? { offSiteReason } : {}) },
      answers: [], signatures: [], summary: '', updatedAt: now, title: template.name, ...(patrol ? { patrolId: patrol.id } : {}),
    };
    const saved = await saveInspection(db, inspection);
    // A running patrol records the check-in (time and place) at this enterprise.
    if (saved.ok && patrol) {
      await addCheckIn(db, patrol.id, { enterpriseId, inspectionId: inspection.id, at: now, ...(position ? { lat: position.position.lat, lon: position.position.lon } : {}) });
    }
    if (!saved.ok) return setError(guardIssueText(saved.issues, t));
    // An enterprise without a location takes the first check-in's, once the officer confirms it.
    if (place.kind === 'noEnterpriseLocation' && position && type !== 'selfCheck') {
      const adopt = await Dialog.confirm({
        content: <p data-testid="adopt-location">{t('checkIn.adoptLocation', { accuracy: Math.round(position.accuracyMetres) })}</p>,
        confirmText: <span data-testid="adopt-location-confirm">{t('checkIn.adoptConfirm')}</span>,
        cancelText: t('checkIn.adoptSkip'),
      });
      if (adopt) await saveEnterpriseEdit(db, enterprise, { ...enterprise, location: position.position, updatedAt: new Date().toISOString() });
    }
    onStarted(inspection.id);
  };

  return (
    <>
      <div className="page-title"><h1>{t('inspect.start')} · {enterprise.name}</h1></div>
      <section className="card action-form">
        <label>{t('inspect.type')}
          <select data-testid="inspection-type" value={type} onChange={(e) => setType(InspectionType.parse(e.target.value))}>
            {types.map((k) => <option key={k} value={k}>{t(`inspect.kind.${k}` as MessageKey)}</option>)}
          </select>
        </label>
        {type === 'enforcement' ? <label>{t('inspect.secondOfficer')}<input data-testid="second-officer" value={secondOfficer} onChange={(e) => setSecondOfficer(e.target.value)} /></label> : null}
        {error ? <p className="form-error">{error}</p> : null}
      </section>
      {pending ? (
        <CheckInPrompt place={pending.place} accuracyMetres={pending.fix?.accuracyMetres}
          onStart={(reason) => void begin(pending.template, pending.fix, pending.place, reason)} onCancel={() => setPending(null)} />
      ) : null}
      <h2>{t('inspect.chooseTemplate')}</h2>
      <List>
        {rankTemplates(templates, enterprise).map(({ template, suited, reasons }) => (
          <List.Item key={template.id} data-testid="template-option" data-template={template.code}
            extra={<Button size="small" color="primary" onClick={() => void start(template)}>{t('inspect.start')}</Button>}
            description={`v${template.version} · ${template.items.length} 项`}>
            {template.name} {suited ? <span className="state state-CLOSED">{t('inspect.suited')}</span> : null}
            {reasons.map((r) => (
              <span key={r.by === 'tag' ? r.tag : r.category} className="template-reason" data-testid="template-reason">
                {r.by === 'tag' ? t('inspect.reasonTag', { tag: label(ENTERPRISE_TAG, r.tag) }) : t('inspect.reasonCategory', { category: label(SUPERVISION_CATEGORY, r.category) })}
              </span>
            ))}
          </List.Item>
        ))}
      </List>
    </>
  );
}
