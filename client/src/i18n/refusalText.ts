import type { HazardEventType, HazardRefusalCode, HazardState, RejectedEvent } from '@anxun/shared-schema';
import { HAZARD_EVENT, HAZARD_STATE } from './hazardLabels';
import type { Language } from './labels';
import { translate } from './I18nProvider';
import type { MessageKey } from './zh';

/** One sentence per refusal code; invalid_transition is worded from the state and action below. */
const CODES: Record<Exclude<HazardRefusalCode, 'invalid_transition'>, MessageKey> = {
  role_not_allowed: 'refusal.roleNotAllowed',
  expert_not_allowed: 'refusal.expertNotAllowed',
  major_needs_officer: 'refusal.majorNeedsOfficer',
  major_needs_confirmation: 'refusal.majorNeedsConfirmation',
  not_major: 'refusal.notMajor',
  hazard_deleted: 'refusal.hazardDeleted',
  wrong_enterprise: 'refusal.wrongEnterprise',
  wrong_hazard: 'refusal.wrongHazard',
  major_needs_writeoff: 'refusal.majorNeedsWriteoff',
  same_person_confirmation: 'refusal.samePersonConfirmation',
  major_needs_supervisor: 'refusal.majorNeedsSupervisor',
  already_major: 'refusal.alreadyMajor',
  listing_level_mismatch: 'refusal.listingLevelMismatch',
  listing_authority_unknown: 'refusal.listingAuthorityUnknown',
  not_listing_authority: 'refusal.notListingAuthority',
  extension_not_later: 'refusal.extensionNotLater',
  extension_in_past: 'refusal.extensionInPast',
  plan_not_filed: 'refusal.planNotFiled',
  rectification_needs_measures: 'refusal.rectificationNeedsMeasures',
  rectification_needs_photo: 'refusal.rectificationNeedsPhoto',
  already_referred: 'refusal.alreadyReferred',
  not_referred: 'refusal.notReferred',
  enforcement_only: 'refusal.enforcementOnly',
  own_referral: 'refusal.ownReferral',
};

const isKnownCode = (s: string): s is keyof typeof CODES => Object.hasOwn(CODES, s);
const isState = (s: string): s is HazardState => Object.hasOwn(HAZARD_STATE, s);
const isEventType = (s: string): s is HazardEventType => Object.hasOwn(HAZARD_EVENT, s);

/**
 * Why the server (or, before sync, this device) refuses a hazard action, in the user's language:
 * states and actions by their names (待复查, 上报上级（疑似重大）), never the raw enum values that older
 * verdicts carry ("隐患当前状态为 SUBMITTED，不能执行 escalate").
 */
export function refusalText(refusal: Pick<RejectedEvent, 'code' | 'reason' | 'type'> & { atState?: HazardState | undefined }, language: Language): string {
  if (refusal.code === 'invalid_transition') {
    const legacy = /状态为\s*([A-Z_]+)\s*，不能执行\s*(\w+)/.exec(refusal.reason);
    const state = refusal.atState ?? (legacy?.[1] && isState(legacy[1]) ? legacy[1] : undefined);
    const type = legacy?.[2] && isEventType(legacy[2]) ? legacy[2] : refusal.type;
    if (state) return translate(language, 'refusal.invalidTransition', { state: HAZARD_STATE[state][language], action: HAZARD_EVENT[type][language] });
  }
  // The server writes its other reasons in Chinese; English users get the code's own sentence.
  const key = isKnownCode(refusal.code) ? CODES[refusal.code] : undefined;
  if (language === 'en' && key) return translate(language, key);
  return refusal.reason || (key ? translate(language, key) : refusal.code);
}
