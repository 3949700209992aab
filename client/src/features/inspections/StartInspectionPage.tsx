import { useState } from 'react';
import { Button, List } from 'antd-mobile';
import { InspectionType, newId, type ChecklistTemplate, type Enterprise, type Inspection, type Patrol } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { observeTemplates, rankTemplates, saveInspection } from '../../db/inspectionRepository';
import { addCheckIn, observeActivePatrol } from '../../db/patrolRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { useAuthor } from '../../sync/useAuthor';
import { currentPosition } from './currentPosition';
import { guardIssueText } from '../../i18n/problemText';

/** Choose a checklist suited to the enterprise, check in on site, and start; the inspection keeps the template version. */
export function StartInspectionPage({ enterpriseId, onStarted }: { enterpriseId: string; onStarted: (inspectionId: string) => void }) {
  const { t } = useI18n();
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
  if (!enterprise || !author) return <p className="muted">{t('enterprises.loading')}</p>;

  const start = async (template: ChecklistTemplate) => {
    if (type === 'enforcement' && !secondOfficer.trim()) return setError(t('inspect.secondOfficer'));
    const position = await currentPosition();
    const now = new Date().toISOString();
    const inspection: Inspection = {
      id: newId(), enterpriseId, templateId: template.id, templateVersion: template.version, type, status: 'inProgress',
      officerIds: type === 'enforcement' ? [author.principal.userId, secondOfficer.trim()] : [author.principal.userId],
      startedAt: now, checkIn: { at: now, ...(position ? { position: position.position, accuracyMetres: position.accuracyMetres } : {}) },
      answers: [], signatures: [], summary: '', updatedAt: now, title: template.name, ...(patrol ? { patrolId: patrol.id } : {}),
    };
    const saved = await saveInspection(db, inspection);
    // A running patrol records the check-in (time and place) at this enterprise.
    if (saved.ok && patrol) {
      await addCheckIn(db, patrol.id, { enterpriseId, inspectionId: inspection.id, at: now, ...(position ? { lat: position.position.lat, lon: position.position.lon } : {}) });
    }
    if (saved.ok) onStarted(inspection.id);
    else setError(guardIssueText(saved.issues, t));
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
      <h2>{t('inspect.chooseTemplate')}</h2>
      <List>
        {rankTemplates(templates, enterprise).map(({ template, suited }) => (
          <List.Item key={template.id} data-testid="template-option" data-template={template.code}
            extra={<Button size="small" color="primary" onClick={() => void start(template)}>{t('inspect.start')}</Button>}
            description={`v${template.version} · ${template.items.length} 项`}>
            {template.name} {suited ? <span className="state state-CLOSED">{t('inspect.suited')}</span> : null}
          </List.Item>
        ))}
      </List>
    </>
  );
}
