import { useState, type ReactNode } from 'react';
import { z } from 'zod';
import { Button } from '../../ui/kit';
import type { HazardEventPayload, HazardEventType, ListingLevel } from '@anxun/shared-schema';
import { clearDraft, useFormDraft } from '../../db/formDrafts';
import { HAZARD_EVENT } from '../../i18n/hazardLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { ACTION_FIELDS, toPayload } from './actionFields';

const ActionValues = z.record(z.string(), z.union([z.string(), z.boolean()]));
const isActionValues = (value: unknown): value is Record<string, string | boolean> => ActionValues.safeParse(value).success;

/** The draft key of an action form: one per hazard and action (issue 13, item 16). */
export const actionDraftForm = (hazardId: string, type?: HazardEventType) => `action:${hazardId}:${type ?? ''}`;
export const discardActionDraft = (userId: string, hazardId: string, type: HazardEventType) => clearDraft(userId, actionDraftForm(hazardId, type));

/**
 * The form for one workflow action; the hazard's event schema decides what is missing.
 * `listingLevel`: the supervisor's own level, the only one a listing is accepted at. What is
 * typed is kept as a draft of this user until the action is saved or cancelled.
 */
export function HazardActionForm({ draft, type, listingLevel, onSubmit, onCancel, renderPhotoPicker }: {
  draft: { userId: string; hazardId: string };
  type: HazardEventType;
  listingLevel?: ListingLevel | undefined;
  onSubmit: (payload: HazardEventPayload) => Promise<string | null>;
  onCancel: () => void;
  renderPhotoPicker?: (onAdded: (hashes: string[]) => void) => ReactNode;
}) {
  const { t, label } = useI18n();
  const fields = ACTION_FIELDS[type];
  const [values, setValues] = useFormDraft<Record<string, string | boolean>>(draft.userId, actionDraftForm(draft.hazardId, type), (): Record<string, string | boolean> => (
    type === 'verify' || type === 'reviewResumption' ? { passed: true } : type === 'decideExtension' || type === 'approvePlan' ? { approved: true } : type === 'list' && listingLevel ? { listingLevel } : {}
  ), isActionValues);
  const [error, setError] = useState<string | null>(null);
  const set = (key: string, value: string | boolean) => setValues((v) => ({ ...v, [key]: value }));
  const submit = async () => setError(await onSubmit(toPayload(fields, values)));
  return (
    <form className="action-form" data-testid={`action-form-${type}`} data-draft="kept" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <strong>{label(HAZARD_EVENT, type)}</strong>
      {fields.map((f) => {
        const caption = t(f.caption ?? (`hazard.field.${f.key}` as MessageKey));
        const testId = `action-${f.key}`;
        switch (f.kind) {
          case 'checkbox':
            return <label key={f.key}><input type="checkbox" data-testid={testId} checked={values[f.key] === true} onChange={(e) => set(f.key, e.target.checked)} /> {caption}</label>;
          case 'textarea':
            return <label key={f.key}>{caption}<textarea data-testid={testId} rows={2} value={String(values[f.key] ?? '')} onChange={(e) => set(f.key, e.target.value)} /></label>;
          case 'listingLevel':
            return (
              <label key={f.key}>{caption}
                <select data-testid={testId} value={String(values[f.key] ?? '')} onChange={(e) => set(f.key, e.target.value)}>
                  {listingLevel ? <option value={listingLevel}>{t(`recheck.level.${listingLevel}`)}</option> : null}
                </select>
              </label>
            );
          case 'photos': {
            const hashes = String(values[f.key] ?? '').split(/\s+/).filter(Boolean);
            return renderPhotoPicker ? (
              <div key={f.key}>
                <span className="muted">{caption}</span>
                {renderPhotoPicker((added) => set(f.key, [...hashes, ...added].join(' ')))}
                <span className="muted">{hashes.length > 0 ? `✓ ${hashes.length}` : ''}</span>
              </div>
            ) : null;
          }
          default:
            return <label key={f.key}>{caption}<input data-testid={testId} type={f.kind === 'date' ? 'date' : f.kind === 'number' ? 'number' : 'text'} value={String(values[f.key] ?? '')} onChange={(e) => set(f.key, e.target.value)} /></label>;
        }
      })}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="action-buttons">
        <Button size="small" onClick={onCancel}>{t('edit.cancel')}</Button>
        <Button size="small" color="primary" type="submit" data-testid="action-submit">{t('hazard.submit')}</Button>
      </div>
    </form>
  );
}
