import type { Hazard, HazardLevel } from './hazard';
import type { HazardEvent, HazardEventType } from './hazardEvents';
import {
  all, enterpriseOnlySelfCheck, inListingArea, planFiled, notAlreadyReferred, referralDecision, extensionLater, enterpriseOwnFinding, fail, generalOnly, listingAtOwnLevel, listingAuthority, notExpert, notMajorClose, notProposer,
  notYetMajorIfRectifying, ok, onlyMajor, rectificationEvidence, secondLevelIfMajor, type Guard,
} from './hazardGuards';
import { OPEN_STATES, type HazardState } from './hazardStates';
import { HAZARD_EVENT_ZH, HAZARD_STATE_ZH } from './hazardWords';
import type { ListingLevel } from './listingLevel';
import type { OfficerKind, Role } from './user';

export { HAZARD_STATES, OPEN_STATES, TERMINAL_STATES, type HazardState } from './hazardStates';

export interface Actor {
  role: Role;
  officerKind?: OfficerKind | undefined;
}

export interface RejectedEvent {
  eventId: string;
  type: HazardEventType;
  code: string;
  reason: string;
  /** true: the server said so; false: this device expects the server to refuse it. */
  final: boolean;
  /** The hazard's state where the event stood in the order, so a screen can say why in any language. */
  atState: HazardState;
}

/** 五落实: 措施、责任（人）、资金、时限、预案. `state` is the listing authority's decision. */
export interface RemediationPlan {
  measures: string;
  responsiblePerson: string;
  costYuan: number;
  deadline: string;
  emergencyPlan: string;
  state: 'filed' | 'returned' | 'approved';
  filedBy: string;
  returnReason?: string | undefined;
}

/** 抄告/移送 to enforcement: pending until an enforcement officer accepts or returns it. */
export interface Referral {
  state: 'pending' | 'accepted' | 'returned';
  referredBy: string;
  referredByName: string;
  referredAt: string;
  note?: string | undefined;
  decidedBy?: string | undefined;
  decidedByName?: string | undefined;
  decidedAt?: string | undefined;
  /** 退回 reason (required) or 受理 remark. */
  reason?: string | undefined;
}

export interface HazardStatus {
  state: HazardState;
  level: HazardLevel;
  deadline?: string | undefined;
  failedRechecks: number;
  extension?: { requestedDeadline: string; reason: string } | undefined;
  /**
   * areaCode: the listing supervisor's area, the only authority that approves the plan and writes
   * off. stopProduction: 停产停业 ordered with the listing (holds while the hazard is in LISTED_STATES).
   */
  listing?: {
    level: ListingLevel; docNo: string; plannedDate?: string | undefined; areaCode?: string | undefined;
    stopProduction?: boolean | undefined; reviewDate?: string | undefined;
  } | undefined;
  /** The enterprise's 五落实 plan as last filed, and the listing authority's decision on it. */
  plan?: RemediationPlan | undefined;
  /** Who proposed the major level (report of a major hazard, escalate): never its second-level confirmer. */
  majorProposedBy: string[];
  /** Still referred (抄告 pending or accepted); false again once the referral is returned. */
  referredToEnforcement: boolean;
  /** The last 抄告 and what enforcement made of it (吹哨员 inbox; the referrer sees the outcome). */
  referral?: Referral | undefined;
  /** Server time of the accepted closing event (device time only while it is pending). */
  closedAt?: string | undefined;
  /** Events applied, in order; events still waiting for the server come last. */
  appliedEventIds: string[];
  pendingEventIds: string[];
  rejected: RejectedEvent[];
}

/**
 * Every reason the hazard loop refuses an event, named once: the client's refusal texts are a
 * record over these codes, so a new code without a zh-CN/en sentence does not compile. Stored
 * verdicts keep their code as text (RejectedEvent.code): an older device may meet a newer code.
 */
export const HAZARD_REFUSAL_CODES = [
  'invalid_transition', 'wrong_hazard', 'role_not_allowed', 'expert_not_allowed', 'major_needs_officer',
  'major_needs_confirmation', 'major_needs_writeoff', 'same_person_confirmation', 'major_needs_supervisor',
  'already_major', 'listing_authority_unknown', 'listing_level_mismatch', 'not_listing_authority', 'not_major',
  'hazard_deleted', 'wrong_enterprise', 'extension_not_later', 'extension_in_past', 'rectification_needs_measures', 'rectification_needs_photo',
  'plan_not_filed', 'already_referred', 'not_referred', 'enforcement_only', 'own_referral',
] as const;
export type HazardRefusalCode = (typeof HAZARD_REFUSAL_CODES)[number];

export type Judgement = { ok: true } | { ok: false; code: HazardRefusalCode; reason: string };

type Rule = {
  from: readonly HazardState[] | 'open' | 'any';
  roles: readonly Role[];
  /** Extra condition on the hazard, actor or payload. */
  when?: Guard;
};

const secondLevelRejectOnly: Guard = (ctx) =>
  ctx.status.state === 'ESCALATED' && ctx.actor.role !== 'supervisor' ? fail('role_not_allowed', '已上报上级的隐患只能由监管部门驳回') : ok;

export const TRANSITION_RULES: Record<HazardEventType, Rule> = {
  assign: { from: ['DRAFT'], roles: ['officer', 'enterprise', 'supervisor'], when: all(generalOnly, enterpriseOnlySelfCheck) },
  fixOnSpot: { from: ['DRAFT'], roles: ['officer', 'enterprise', 'supervisor'], when: all(generalOnly, enterpriseOnlySelfCheck) },
  report: { from: ['DRAFT'], roles: ['officer', 'enterprise', 'supervisor'], when: enterpriseOwnFinding },
  confirmGeneral: { from: ['REPORTED'], roles: ['officer', 'supervisor'], when: all(notExpert, secondLevelIfMajor) },
  escalate: { from: ['REPORTED', 'RECTIFYING'], roles: ['officer', 'supervisor'], when: all(notExpert, notYetMajorIfRectifying) },
  confirmMajor: { from: ['ESCALATED'], roles: ['supervisor'], when: notProposer },
  downgrade: { from: ['ESCALATED'], roles: ['supervisor'], when: notProposer },
  reject: { from: ['REPORTED', 'ESCALATED'], roles: ['officer', 'supervisor'], when: all(secondLevelRejectOnly, notExpert, secondLevelIfMajor) },
  requestExtension: { from: ['RECTIFYING'], roles: ['enterprise', 'officer'], when: extensionLater },
  decideExtension: { from: ['EXTENSION_REQUESTED'], roles: ['officer', 'supervisor'], when: notExpert },
  submitRectification: { from: ['RECTIFYING', 'EXTENSION_REQUESTED'], roles: ['enterprise', 'officer'], when: rectificationEvidence },
  verify: { from: ['SUBMITTED'], roles: ['officer', 'supervisor', 'enterprise'], when: all(notMajorClose, enterpriseOnlySelfCheck) },
  list: { from: ['RECTIFYING', 'EXTENSION_REQUESTED', 'SUBMITTED'], roles: ['supervisor'], when: all(onlyMajor, listingAtOwnLevel) },
  // The plan is the enterprise's own (its principal answers for it); re-filing is allowed until approved.
  filePlan: { from: ['LISTED'], roles: ['enterprise'] },
  approvePlan: { from: ['LISTED'], roles: ['supervisor'], when: all(listingAuthority, planFiled) },
  requestResumption: { from: ['PLAN_APPROVED'], roles: ['enterprise', 'officer'] },
  // 复查 on site: a supervisor of the listing's area (the authority or one below it, e.g. the town for a city listing).
  reviewResumption: { from: ['RESUMPTION_REQUESTED'], roles: ['supervisor'], when: inListingArea },
  // 核销 only after a passed 复查 (the state says so), and only by the listing authority itself.
  delist: { from: ['RECHECK_PASSED'], roles: ['supervisor'], when: listingAuthority },
  referToEnforcement: { from: 'open', roles: ['officer', 'supervisor'], when: notAlreadyReferred },
  // 吹哨员: an enforcement officer (not the referrer) accepts or returns a pending referral.
  acceptReferral: { from: 'open', roles: ['officer'], when: referralDecision },
  returnReferral: { from: 'open', roles: ['officer'], when: referralDecision },
  // 作废 replaces deletion: from a draft or any open state, by a supervisor, with a reason (schema).
  void: { from: ['DRAFT', ...OPEN_STATES], roles: ['supervisor'] },
  comment: { from: 'any', roles: ['officer', 'enterprise', 'supervisor'] },
};

export function initialStatus(hazard: Hazard): HazardStatus {
  return {
    state: 'DRAFT',
    level: hazard.proposedLevel,
    failedRechecks: 0,
    majorProposedBy: [],
    referredToEnforcement: false,
    appliedEventIds: [],
    pendingEventIds: [],
    rejected: [],
  };
}

/**
 * Whether `event` is valid at `status`: the single judge used by the server and, optimistically, by
 * devices. `today` is the server's Asia/Shanghai date when the server judges (date guards).
 */
export function judgeEvent(hazard: Hazard, status: HazardStatus, event: HazardEvent, today?: string): Judgement {
  if (event.hazardId !== hazard.id) return fail('wrong_hazard', '事件不属于该隐患');
  const rule = TRANSITION_RULES[event.type];
  const actor: Actor = { role: event.actorRole, officerKind: event.actorKind };
  if (!rule.roles.includes(event.actorRole)) return fail('role_not_allowed', '当前角色不能执行该操作');
  const from = rule.from;
  const stateOk =
    from === 'any' || (from === 'open' ? OPEN_STATES.includes(status.state) : from.includes(status.state));
  if (!stateOk) return fail('invalid_transition', `隐患当前为「${HAZARD_STATE_ZH[status.state]}」，不能「${HAZARD_EVENT_ZH[event.type]}」`);
  return rule.when ? rule.when({ hazard, status, event, actor, today }) : ok;
}
