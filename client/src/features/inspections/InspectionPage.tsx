import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/kit';
import { itemFinding, type AnswerResult, type ChecklistAnswer, type ChecklistTemplate, type Enterprise, type Hazard, type Inspection } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { observeEnterprise } from '../../db/enterpriseRepository';
import { modifyInspection, observeInspection, observeTemplate, saveInspection } from '../../db/inspectionRepository';
import { useObservable } from '../../db/useObservable';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import type { MessageKey } from '../../i18n/zh';
import { CheckInPlaceTag } from './CheckInPlaceTag';
import { ChecklistItemCard } from './ChecklistItemCard';
import { countAnswers } from './inspectionSummary';
import { ExamPanel } from './ExamPanel';
import { InspectionSignatures } from './InspectionSignatures';

export interface InspectionSlots {
  renderPhotoPicker?: (onAdded: (hashes: string[]) => void) => ReactNode;
  renderPhotos?: (hashes: string[]) => ReactNode;
  /** `deadlineDays`: the checklist item's defaultDeadlineDays, the hazard's default deadline. */
  renderHazardForm: (prefill: Partial<Hazard>, onDone: (hazardId: string) => void, deadlineDays?: number) => ReactNode;
  /** Findings from the enterprise's staff roster (expired certificates), from the roster feature. */
  renderStaffFindings?: (inspection: Inspection, readOnly: boolean) => ReactNode;
}

/** Runs a checklist: every answer is saved at once (resume after closing the tab), failures become hazards. */
export function InspectionPage({ id, slots }: { id: string; slots: InspectionSlots }) {
  const { t } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  const inspection = useObservable<Inspection | null | undefined>(() => observeInspection(db, id), undefined, [db, id]);
  const template = useObservable<ChecklistTemplate | null>(() => observeTemplate(db, inspection?.templateId ?? ''), null, [db, inspection?.templateId]);
  const enterprise = useObservable<Enterprise | null>(() => observeEnterprise(db, inspection?.enterpriseId ?? ''), null, [db, inspection?.enterpriseId]);
  const [creatingFor, setCreatingFor] = useState<string | null>(null);
  if (!inspection || !template) return <p className="muted">{t('enterprises.loading')}</p>;
  const readOnly = inspection.status !== 'inProgress';
  const counts = countAnswers(inspection, template);
  const byCode = new Map(inspection.answers.map((a) => [a.itemCode, a]));

  const update = (itemCode: string, change: Partial<ChecklistAnswer>) =>
    void modifyInspection(db, inspection.id, (latest) => {
      const current = latest.answers.find((a) => a.itemCode === itemCode) ?? { itemCode, result: 'pass' as AnswerResult, note: '', photoHashes: [], answeredAt: '' };
      const next = { ...current, ...change, answeredAt: new Date().toISOString() };
      return { ...latest, answers: [...latest.answers.filter((a) => a.itemCode !== itemCode), next] };
    });
  const sections = [...new Set(template.items.map((i) => i.section))];

  return (
    <>
      <div className="page-title">
        <h1>{inspection.title ?? template.name} <span className="muted">v{inspection.templateVersion}</span></h1>
        <CheckInPlaceTag inspection={inspection} enterprise={enterprise} />
        <span className="muted" data-testid="inspection-progress">{t('inspect.progress', { done: counts.total - counts.open, total: counts.total })}</span>
      </div>
      <div className="progress"><span style={{ width: `${((counts.total - counts.open) / Math.max(1, counts.total)) * 100}%` }} /></div>
      {sections.map((section) => (
        <section key={section} className="card">
          <h2>{t(`inspect.section.${section}` as MessageKey)}</h2>
          {template.items.filter((i) => i.section === section).map((item) => {
            const answer = byCode.get(item.code);
            return (
              <ChecklistItemCard key={item.code} item={item} answer={answer} readOnly={readOnly} draft={author ? { userId: author.principal.userId, form: `note:${inspection.id}:${item.code}` } : undefined}
                onAnswer={(result) => update(item.code, { result })}
                onNote={(note) => update(item.code, { note })}
                photos={
                  <div className="photos">
                    {slots.renderPhotos?.(answer?.photoHashes ?? [])}
                    {readOnly ? null : slots.renderPhotoPicker?.((hashes) => update(item.code, { photoHashes: [...(answer?.photoHashes ?? []), ...hashes] }))}
                  </div>
                }
                hazardSlot={answer?.hazardId ? <a href={`#/hazards/${answer.hazardId}`} data-testid={`hazard-link-${item.code}`}>{t('inspect.hazardLinked')}</a>
                  : readOnly ? null : creatingFor === item.code ? slots.renderHazardForm({
                    // The defect, not the requirement, is the title; the officer's note is the observation the writs print.
                    title: itemFinding(item), description: answer?.note ?? '', basis: item.basis,
                    proposedLevel: item.majorHazardCriterion ? 'major' : 'general', category: item.section === 'basicManagement' ? 'basicManagement' : 'siteManagement',
                    enterpriseId: inspection.enterpriseId, inspectionId: inspection.id, checklistItemCode: item.code, photosBefore: answer?.photoHashes ?? [],
                  }, (hazardId) => { setCreatingFor(null); update(item.code, { hazardId }); }, item.defaultDeadlineDays)
                  : <Button size="small" color="danger" fill="outline" data-testid={`make-hazard-${item.code}`} onClick={() => setCreatingFor(item.code)}>{t('inspect.makeHazard')}</Button>}
              />
            );
          })}
        </section>
      ))}
      {/* 自查: the enterprise checks itself; no 逢查必考 of its own staff and no inspector to sign. */}
      {inspection.type === 'selfCheck' ? null : slots.renderStaffFindings?.(inspection, readOnly)}
      {inspection.type === 'selfCheck' ? null : <ExamPanel inspection={inspection} readOnly={readOnly} />}
      <InspectionSignatures inspection={inspection} counts={counts} readOnly={readOnly} onSave={(next) => void saveInspection(db, next)} />
    </>
  );
}
