import type { Hazard, HazardLevel } from './hazard';
import type { HazardEvent, HazardEventType, ListingLevel } from './hazardEvents';
import { HAZARD_EVENT_ZH, HAZARD_STATE_ZH } from './hazardWords';
import type { OfficerKind, Role } from './user';

export const HAZARD_STATES = [
  'DRAFT', 'REPORTED', 'REJECTED', 'RECTIFYING', 'EXTENSION_REQUESTED', 'SUBMITTED', 'CLOSED',
  'ESCALATED', 'LISTED', 'PLAN_APPROVED', 'RESUMPTION_REQUESTED', 'WRITTEN_OFF',
] as const;
export type HazardState = (typeof HAZARD_STATES)[number];

export const TERMINAL_STATES: readonly HazardState[] = ['REJECTED', 'CLOSED', 'WRITTEN_OFF'];
export const OPEN_STATES: readonly HazardState[] = HAZARD_STATES.filter((s) => s !== 'DRAFT' && !TERMINAL_STATES.includes(s));

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

export interface HazardStatus {
  state: HazardState;
  level: HazardLevel;
  deadline?: string | undefined;
  failedRechecks: number;
  extension?: { requestedDeadline: string; reason: string } | undefined;
  listing?: { level: ListingLevel; docNo: string; plannedDate?: string | undefined } | undefined;
  referredToEnforcement: boolean;
  closedAt?: string | undefined;
  /** Events applied, in order; events still waiting for the server come last. */
  appliedEventIds: string[];
  pendingEventIds: string[];
  rejected: RejectedEvent[];
}

export type Judgement = { ok: true } | { ok: false; code: string; reason: string };

type Rule = {
  from: readonly HazardState[] | 'open' | 'any';
  roles: readonly Role[];
  /** Extra condition on the hazard, actor or payload. */
  when?: (ctx: { hazard: Hazard; status: HazardStatus; event: HazardEvent; actor: Actor }) => Judgement;
};

const ok: Judgement = { ok: true };
const fail = (code: string, reason: string): Judgement => ({ ok: false, code, reason });
const selfCheck = (hazard: Hazard) => hazard.source === 'enterpriseSelfCheck';

/** Experts find hazards but may not assign, confirm or close them (third-party channel). */
const notExpert: Rule['when'] = ({ actor }) =>
  actor.role === 'officer' && actor.officerKind === 'expert' ? fail('expert_not_allowed', '第三方专家不能确认、整改派发或销号隐患') : ok;

/** Enterprises act on their own self-check hazards only where officers would otherwise act. */
const enterpriseOnlySelfCheck: Rule['when'] = (ctx) => {
  if (ctx.actor.role === 'enterprise' && !selfCheck(ctx.hazard)) return fail('role_not_allowed', '企业只能处理本企业自查的隐患');
  if (ctx.actor.role === 'enterprise' && ctx.status.level === 'major') return fail('major_needs_officer', '重大隐患需由监管部门确认和销号');
  return notExpert(ctx);
};

const generalOnly: Rule['when'] = (ctx) =>
  ctx.status.level === 'major' ? fail('major_needs_confirmation', '重大隐患须上报确认，不能直接派发或即查即改') : enterpriseOnlySelfCheck(ctx);

export const TRANSITION_RULES: Record<HazardEventType, Rule> = {
  assign: { from: ['DRAFT'], roles: ['officer', 'enterprise', 'supervisor'], when: generalOnly },
  fixOnSpot: { from: ['DRAFT'], roles: ['officer', 'enterprise', 'supervisor'], when: generalOnly },
  report: { from: ['DRAFT'], roles: ['officer', 'enterprise', 'supervisor'] },
  confirmGeneral: { from: ['REPORTED'], roles: ['officer', 'supervisor'], when: notExpert },
  escalate: { from: ['REPORTED', 'RECTIFYING'], roles: ['officer', 'supervisor'] },
  confirmMajor: { from: ['ESCALATED'], roles: ['supervisor'] },
  downgrade: { from: ['ESCALATED'], roles: ['supervisor'] },
  reject: {
    from: ['REPORTED', 'ESCALATED'],
    roles: ['officer', 'supervisor'],
    when: (ctx) =>
      ctx.status.state === 'ESCALATED' && ctx.actor.role !== 'supervisor'
        ? fail('role_not_allowed', '已上报上级的隐患只能由监管部门驳回')
        : notExpert(ctx),
  },
  requestExtension: { from: ['RECTIFYING'], roles: ['enterprise', 'officer'] },
  decideExtension: { from: ['EXTENSION_REQUESTED'], roles: ['officer', 'supervisor'], when: notExpert },
  submitRectification: { from: ['RECTIFYING', 'EXTENSION_REQUESTED'], roles: ['enterprise', 'officer'] },
  verify: { from: ['SUBMITTED'], roles: ['officer', 'supervisor', 'enterprise'], when: enterpriseOnlySelfCheck },
  list: {
    from: ['RECTIFYING', 'EXTENSION_REQUESTED', 'SUBMITTED'],
    roles: ['supervisor'],
    when: ({ status }) => (status.level === 'major' ? ok : fail('not_major', '只有重大隐患可以挂牌督办')),
  },
  approvePlan: { from: ['LISTED'], roles: ['supervisor'] },
  requestResumption: { from: ['PLAN_APPROVED'], roles: ['enterprise', 'officer'] },
  reviewResumption: { from: ['RESUMPTION_REQUESTED'], roles: ['supervisor'] },
  referToEnforcement: { from: 'open', roles: ['officer', 'supervisor'] },
  comment: { from: 'any', roles: ['officer', 'enterprise', 'supervisor'] },
};

export function initialStatus(hazard: Hazard): HazardStatus {
  return {
    state: 'DRAFT',
    level: hazard.proposedLevel,
    failedRechecks: 0,
    referredToEnforcement: false,
    appliedEventIds: [],
    pendingEventIds: [],
    rejected: [],
  };
}

/** Whether `event` is valid at `status`: the single judge used by the server and, optimistically, by devices. */
export function judgeEvent(hazard: Hazard, status: HazardStatus, event: HazardEvent): Judgement {
  if (event.hazardId !== hazard.id) return fail('wrong_hazard', '事件不属于该隐患');
  const rule = TRANSITION_RULES[event.type];
  const actor: Actor = { role: event.actorRole, officerKind: event.actorKind };
  if (!rule.roles.includes(event.actorRole)) return fail('role_not_allowed', '当前角色不能执行该操作');
  const from = rule.from;
  const stateOk =
    from === 'any' || (from === 'open' ? OPEN_STATES.includes(status.state) : from.includes(status.state));
  if (!stateOk) return fail('invalid_transition', `隐患当前为「${HAZARD_STATE_ZH[status.state]}」，不能「${HAZARD_EVENT_ZH[event.type]}」`);
  return rule.when ? rule.when({ hazard, status, event, actor }) : ok;
}
