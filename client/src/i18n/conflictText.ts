import { PROBLEM_CODES, type ConflictRecord, type HazardEventType, type ProblemCode } from '@anxun/shared-schema';
import { HAZARD_EVENT } from './hazardLabels';
import type { I18n } from './I18nProvider';
import { problemCodeText } from './problemText';
import { refusalText } from './refusalText';

const isEventType = (s: string): s is HazardEventType => Object.hasOwn(HAZARD_EVENT, s);
const isProblem = (s: string): s is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(s);

/** The field a conflict-log record is about; a refused hazard event is named by its action (确认为一般隐患), never `confirmGeneral`. */
export function conflictFieldText(c: Pick<ConflictRecord, 'collection' | 'field'>, language: I18n['language']): string {
  return c.collection === 'hazardEvents' && isEventType(c.field) ? HAZARD_EVENT[c.field][language] : c.field;
}

/**
 * Why a write or an event was refused, in the user's language. Server reasons that start with a
 * stable code (`rectification_needs_photo: …`, `inspection_unsigned: …`) are worded from the code;
 * older reasons are shown as the server wrote them.
 */
export function conflictReasonText(c: Pick<ConflictRecord, 'collection' | 'field' | 'reason'>, i18n: Pick<I18n, 't' | 'language'>): string {
  const reason = c.reason ?? '';
  const coded = /^([a-z_]+): ([\s\S]*)$/.exec(reason);
  if (!coded) return reason;
  const [, code = '', rest = ''] = coded;
  if (c.collection === 'hazardEvents' && isEventType(c.field)) return refusalText({ code, reason: rest, type: c.field }, i18n.language);
  if (isProblem(code)) return i18n.language === 'en' ? problemCodeText(code, i18n.t) : rest;
  return rest;
}
