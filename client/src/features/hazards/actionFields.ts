import type { HazardEventPayload, HazardEventType } from '@anxun/shared-schema';
import type { MessageKey } from '../../i18n/zh';

/** `caption`: a message key when the field's usual name (hazard.field.<key>) is not what this action means. */
export type ActionField = { key: keyof HazardEventPayload; kind: 'date' | 'text' | 'textarea' | 'checkbox' | 'number' | 'listingLevel' | 'photos'; caption?: MessageKey };

const deadline: ActionField = { key: 'deadline', kind: 'date' };
const reason: ActionField = { key: 'reason', kind: 'textarea' };
const text: ActionField = { key: 'text', kind: 'textarea' };
const photos: ActionField = { key: 'photos', kind: 'photos' };

/** What each workflow action asks for; the zod schema of the event checks the required ones. */
export const ACTION_FIELDS: Record<HazardEventType, ActionField[]> = {
  assign: [deadline, { key: 'measures', kind: 'textarea' }],
  fixOnSpot: [photos, text],
  report: [text],
  confirmGeneral: [deadline],
  escalate: [text],
  confirmMajor: [deadline],
  downgrade: [deadline],
  reject: [reason],
  requestExtension: [reason, deadline],
  decideExtension: [{ key: 'approved', kind: 'checkbox' }, deadline, text],
  // What the enterprise did (整改措施, not the officer's 整改要求), and the after photo the card asks for.
  submitRectification: [{ key: 'measures', kind: 'textarea', caption: 'rect.field.measures' }, { key: 'costYuan', kind: 'number' }, { ...photos, caption: 'rect.field.afterPhotos' }],
  verify: [{ key: 'passed', kind: 'checkbox' }, reason, deadline, photos],
  list: [
    { key: 'listingLevel', kind: 'listingLevel' }, { key: 'docNo', kind: 'text' }, { key: 'reviewDate', kind: 'date' },
    { key: 'stopProduction', kind: 'checkbox' }, { key: 'plannedDate', kind: 'date' },
  ],
  // 五落实: 措施、责任（人）、资金、时限、预案, all required by the event schema.
  filePlan: [
    { key: 'measures', kind: 'textarea', caption: 'plan.field.measures' }, { key: 'responsiblePerson', kind: 'text' },
    { key: 'costYuan', kind: 'number', caption: 'plan.field.costYuan' }, { key: 'deadline', kind: 'date', caption: 'plan.field.deadline' },
    { key: 'emergencyPlan', kind: 'textarea' },
  ],
  approvePlan: [{ key: 'approved', kind: 'checkbox', caption: 'plan.field.approved' }, reason],
  requestResumption: [text],
  reviewResumption: [{ key: 'passed', kind: 'checkbox', caption: 'recheck.field.passed' }, reason, text],
  delist: [text],
  referToEnforcement: [text],
  acceptReferral: [text],
  // 退回 needs a reason (the event schema refuses a blank one); the referrer reads it.
  returnReferral: [reason],
  // 作废 instead of deleting: the reason is required (the event schema refuses a blank one).
  void: [reason],
  comment: [text, photos],
};

/** Form values to a payload: empty fields are left out, checkboxes are always present. */
export function toPayload(fields: readonly ActionField[], values: Record<string, string | boolean>): HazardEventPayload {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (field.kind === 'checkbox') payload[field.key] = value === true;
    else if (field.kind === 'photos') {
      // Photo hashes travel as one space-separated string in the form state.
      const hashes = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
      if (hashes.length > 0) payload[field.key] = hashes;
    }
    else if (field.kind === 'number') {
      if (typeof value === 'string' && value.trim() !== '') payload[field.key] = Number(value);
    } else if (typeof value === 'string' && value.trim() !== '') payload[field.key] = value.trim();
  }
  return payload as HazardEventPayload;
}
