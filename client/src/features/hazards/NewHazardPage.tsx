import { useEffect, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { Button } from '../../ui/kit';
import { addDays, HazardCategory, HazardLevel, missingHazardEvidence, newHazardEvent, newId, shanghaiDate, type Hazard, type HazardSource, type Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { useFormDraft } from '../../db/formDrafts';
import { addHazardEvent, saveHazard } from '../../db/hazardRepository';
import { HAZARD_CATEGORY, HAZARD_LEVEL } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { guardIssueText } from '../../i18n/problemText';

type Treatment = 'deadline' | 'onSpot' | 'report';

/** What the form holds, kept as a draft while it is typed (issue 13, item 16). */
const HazardDraft = z.object({
  title: z.string(), description: z.string(), location: z.string(), basis: z.string(), requiredMeasures: z.string(),
  category: HazardCategory, proposedLevel: HazardLevel, photosBefore: z.array(z.string()), afterPhotos: z.array(z.string()),
  treatment: z.enum(['deadline', 'onSpot', 'report']), deadline: z.string(),
});
type HazardDraft = z.infer<typeof HazardDraft>;
const isHazardDraft = (value: unknown): value is HazardDraft => HazardDraft.safeParse(value).success;

/** The channel a user's findings belong to (一页通览 sources). */
export function sourceFor(role: Role, officerKind?: string): HazardSource {
  if (role === 'enterprise') return 'enterpriseSelfCheck';
  if (role === 'supervisor') return 'superiorSupervision';
  return officerKind === 'expert' ? 'thirdParty' : officerKind === 'enforcement' ? 'enforcement' : 'gridPatrol';
}

/** 登记隐患: saved on the device with its first workflow event (限期整改, 即查即改 or 上报确认). */
export function NewHazardPage({ enterpriseId, prefill, defaultDeadlineDays, onDone, renderPhotoPicker }: {
  enterpriseId: string;
  prefill?: Partial<Hazard>;
  /** From the checklist item (defaultDeadlineDays); 7 days when the hazard is not from a checklist. */
  defaultDeadlineDays?: number | undefined;
  onDone: (hazardId: string) => void;
  renderPhotoPicker?: (onAdded: (hashes: string[]) => void) => ReactNode;
}) {
  const { t, label } = useI18n();
  const db = useDatabase();
  const author = useAuthor();
  // One draft per enterprise and checklist item (or none): reopening the same form brings it back.
  const [form, setForm, discardDraft] = useFormDraft<HazardDraft>(author?.principal.userId, `new-hazard:${enterpriseId}:${prefill?.inspectionId ?? ''}:${prefill?.checklistItemCode ?? ''}`, () => ({
    title: prefill?.title ?? '', description: prefill?.description ?? '', location: prefill?.location ?? '', basis: prefill?.basis ?? '',
    requiredMeasures: prefill?.requiredMeasures ?? '', category: prefill?.category ?? 'siteManagement', proposedLevel: prefill?.proposedLevel ?? 'general',
    photosBefore: prefill?.photosBefore ?? [], afterPhotos: [], treatment: 'deadline', deadline: addDays(shanghaiDate(new Date()), defaultDeadlineDays ?? 7),
  }), isHazardDraft);
  const { photosBefore, afterPhotos, treatment, deadline, ...draft } = form;
  const setDraft = (next: typeof draft) => setForm((f) => ({ ...f, ...next }));
  const setPhotosBefore = (add: (p: string[]) => string[]) => setForm((f) => ({ ...f, photosBefore: add(f.photosBefore) }));
  const setAfterPhotos = (add: (p: string[]) => string[]) => setForm((f) => ({ ...f, afterPhotos: add(f.afterPhotos) }));
  const setTreatment = (next: Treatment) => setForm((f) => ({ ...f, treatment: next }));
  const setDeadline = (next: string) => setForm((f) => ({ ...f, deadline: next }));
  // The item's note is saved as its field is left, i.e. as 登记隐患 is tapped: it may arrive just
  // after the form opened, and becomes the observation unless something was typed there already.
  const observation = prefill?.description ?? '';
  useEffect(() => {
    if (observation) setForm((f) => (f.description === '' ? { ...f, description: observation } : f));
  }, [observation, setForm]);
  const [error, setError] = useState<string | null>(null);
  if (!author) return null;
  const major = draft.proposedLevel === 'major';
  // Outside a checklist the site photo and the description are the hazard's evidence (issue 13, item 9).
  const required = prefill?.checklistItemCode ? null : <span className="required">{t('hazard.required')}</span>;
  const chosen: Treatment = major ? 'report' : treatment;

  const save = async () => {
    const now = new Date().toISOString();
    const id = newId();
    const hazard: Hazard = {
      ...draft, id, no: `临-${id.slice(0, 8).toUpperCase()}`, enterpriseId, source: sourceFor(author.principal.role, author.principal.officerKind),
      foundBy: author.principal.userId, foundAt: now, photosBefore, updatedAt: now,
      ...(prefill?.inspectionId ? { inspectionId: prefill.inspectionId } : {}), ...(prefill?.checklistItemCode ? { checklistItemCode: prefill.checklistItemCode } : {}),
    };
    // Outside a checklist the hazard is its own evidence; the server refuses it otherwise (issue 13, item 9).
    if (missingHazardEvidence(hazard).length > 0) return setError(t('hazard.needsEvidence'));
    const saved = await saveHazard(db, hazard);
    if (!saved.ok) return setError(guardIssueText(saved.issues, t));
    const first = chosen === 'deadline' ? newHazardEvent(hazard, 'assign', { deadline, measures: draft.requiredMeasures || undefined }, author, newId())
      : chosen === 'onSpot' ? newHazardEvent(hazard, 'fixOnSpot', { photos: afterPhotos }, author, newId())
      : newHazardEvent(hazard, 'report', {}, author, newId());
    const event = await addHazardEvent(db, first);
    if (!event.ok) return setError(guardIssueText(event.issues, t));
    discardDraft();
    onDone(id);
  };
  const text = (key: 'title' | 'location' | 'basis', caption: Parameters<typeof t>[0]) => (
    <label>{t(caption)}<input data-testid={`hazard-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} /></label>
  );

  return (
    <form className="card action-form" data-testid="new-hazard" data-draft="kept" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="page-title"><h1>{t('hazards.new')}</h1></div>
      {text('title', 'hazard.field.title')}
      <label>{t('hazard.field.description')}{required}<textarea data-testid="hazard-description" rows={3} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} /></label>
      {text('location', 'hazard.field.location')}
      <label>{t('hazard.field.level')}
        <select data-testid="hazard-level" value={draft.proposedLevel} onChange={(e) => setDraft({ ...draft, proposedLevel: HazardLevel.parse(e.target.value) })}>
          {HazardLevel.options.map((l) => <option key={l} value={l}>{label(HAZARD_LEVEL, l)}</option>)}
        </select>
      </label>
      <label>{t('hazard.field.category')}
        <select data-testid="hazard-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: HazardCategory.parse(e.target.value) })}>
          {HazardCategory.options.map((c) => <option key={c} value={c}>{label(HAZARD_CATEGORY, c)}</option>)}
        </select>
      </label>
      {text('basis', 'hazard.field.basis')}
      <label>{t('hazard.field.measures')}<textarea data-testid="hazard-measures" rows={2} value={draft.requiredMeasures} onChange={(e) => setDraft({ ...draft, requiredMeasures: e.target.value })} /></label>
      {renderPhotoPicker ? <div><span className="muted">{t('hazard.sitePhotos')}{required}</span> {renderPhotoPicker((added) => setPhotosBefore((p) => [...p, ...added]))} <span className="muted">{photosBefore.length > 0 ? `✓ ${photosBefore.length}` : ''}</span></div> : null}
      <fieldset>
        <legend>{t('hazard.field.treatment')}</legend>
        {(['deadline', 'onSpot', 'report'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="treatment" data-testid={`treatment-${option}`} checked={chosen === option} disabled={major && option !== 'report'} onChange={() => setTreatment(option)} />
            {t(`hazard.treatment.${option}`)}
          </label>
        ))}
      </fieldset>
      {chosen === 'deadline' ? <label>{t('hazard.field.deadline')}<input type="date" data-testid="hazard-deadline" value={deadline} onChange={(e) => setDeadline(e.target.value)} /></label> : null}
      {chosen === 'onSpot' && renderPhotoPicker ? <div>{renderPhotoPicker((added) => setAfterPhotos((p) => [...p, ...added]))} <span className="muted">{afterPhotos.length > 0 ? `✓ ${afterPhotos.length}` : ''}</span></div> : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="form-actions">
        <Button color="primary" type="submit" data-testid="save-hazard">{t('hazard.save')}</Button>
      </div>
    </form>
  );
}
