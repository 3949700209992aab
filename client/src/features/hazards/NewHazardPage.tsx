import { useState, type ReactNode } from 'react';
import { Button } from 'antd-mobile';
import { addDays, HazardCategory, HazardLevel, newHazardEvent, newId, shanghaiDate, type Hazard, type HazardSource, type Role } from '@anxun/shared-schema';
import { useDatabase } from '../../db/DatabaseContext';
import { addHazardEvent, saveHazard } from '../../db/hazardRepository';
import { HAZARD_CATEGORY, HAZARD_LEVEL } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { useAuthor } from '../../sync/useAuthor';
import { guardIssueText } from '../../i18n/problemText';

type Treatment = 'deadline' | 'onSpot' | 'report';

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
  const [draft, setDraft] = useState({
    title: prefill?.title ?? '', description: prefill?.description ?? '', location: prefill?.location ?? '', basis: prefill?.basis ?? '',
    requiredMeasures: prefill?.requiredMeasures ?? '', category: prefill?.category ?? ('siteManagement' as Hazard['category']),
    proposedLevel: prefill?.proposedLevel ?? ('general' as Hazard['proposedLevel']),
  });
  const [photosBefore, setPhotosBefore] = useState<string[]>(prefill?.photosBefore ?? []);
  const [afterPhotos, setAfterPhotos] = useState<string[]>([]);
  const [treatment, setTreatment] = useState<Treatment>('deadline');
  const [deadline, setDeadline] = useState(addDays(shanghaiDate(new Date()), defaultDeadlineDays ?? 7));
  const [error, setError] = useState<string | null>(null);
  if (!author) return null;
  const major = draft.proposedLevel === 'major';
  const chosen: Treatment = major ? 'report' : treatment;

  const save = async () => {
    const now = new Date().toISOString();
    const id = newId();
    const hazard: Hazard = {
      ...draft, id, no: `临-${id.slice(0, 8).toUpperCase()}`, enterpriseId, source: sourceFor(author.principal.role, author.principal.officerKind),
      foundBy: author.principal.userId, foundAt: now, photosBefore, updatedAt: now,
      ...(prefill?.inspectionId ? { inspectionId: prefill.inspectionId } : {}), ...(prefill?.checklistItemCode ? { checklistItemCode: prefill.checklistItemCode } : {}),
    };
    const saved = await saveHazard(db, hazard);
    if (!saved.ok) return setError(guardIssueText(saved.issues, t));
    const first = chosen === 'deadline' ? newHazardEvent(hazard, 'assign', { deadline, measures: draft.requiredMeasures || undefined }, author, newId())
      : chosen === 'onSpot' ? newHazardEvent(hazard, 'fixOnSpot', { photos: afterPhotos }, author, newId())
      : newHazardEvent(hazard, 'report', {}, author, newId());
    const event = await addHazardEvent(db, first);
    if (!event.ok) return setError(guardIssueText(event.issues, t));
    onDone(id);
  };
  const text = (key: 'title' | 'location' | 'basis', caption: Parameters<typeof t>[0]) => (
    <label>{t(caption)}<input data-testid={`hazard-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} /></label>
  );

  return (
    <form className="card action-form" data-testid="new-hazard" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="page-title"><h1>{t('hazards.new')}</h1></div>
      {text('title', 'hazard.field.title')}
      <label>{t('hazard.field.description')}<textarea data-testid="hazard-description" rows={3} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} /></label>
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
      {renderPhotoPicker ? <div>{renderPhotoPicker((added) => setPhotosBefore((p) => [...p, ...added]))} <span className="muted">{photosBefore.length > 0 ? `✓ ${photosBefore.length}` : ''}</span></div> : null}
      <fieldset>
        <legend>{t('hazard.field.treatment')}</legend>
        {(['deadline', 'onSpot', 'report'] as const).map((option) => (
          <label key={option} style={{ display: 'inline-block', marginRight: 16 }}>
            <input type="radio" name="treatment" data-testid={`treatment-${option}`} checked={chosen === option} disabled={major && option !== 'report'} onChange={() => setTreatment(option)} style={{ display: 'inline', width: 'auto' }} />
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
