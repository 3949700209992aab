import type { Hazard } from './hazard';
import type { HazardEvent } from './hazardEvents';
import type { Actor, HazardRefusalCode, HazardStatus, Judgement } from './hazardStateMachine';
import { LISTING_LEVEL_ZH, supervisorLevel } from './listingLevel';

/** The conditions of the transition rules beyond role and state; each one returns why it refuses. */
/** `today` (Asia/Shanghai date) is the judge's clock: the server's, never the device's; absent, date guards only compare dates. */
export type GuardContext = { hazard: Hazard; status: HazardStatus; event: HazardEvent; actor: Actor; today?: string | undefined };
export type Guard = (ctx: GuardContext) => Judgement;

export const ok: Judgement = { ok: true };
export const fail = (code: HazardRefusalCode, reason: string): Judgement => ({ ok: false, code, reason });

/** Runs guards in order; the first refusal wins. */
export const all = (...guards: Guard[]): Guard => (ctx) => {
  for (const guard of guards) {
    const judgement = guard(ctx);
    if (!judgement.ok) return judgement;
  }
  return ok;
};

const selfCheck = (hazard: Hazard) => hazard.source === 'enterpriseSelfCheck';

/** Experts find hazards but may not assign, confirm or close them (third-party channel). */
export const notExpert: Guard = ({ actor }) =>
  actor.role === 'officer' && actor.officerKind === 'expert' ? fail('expert_not_allowed', '第三方专家不能确认、整改派发或销号隐患') : ok;

/** Enterprises act on their own self-check hazards only where officers would otherwise act. */
export const enterpriseOnlySelfCheck: Guard = (ctx) => {
  if (ctx.actor.role === 'enterprise' && !selfCheck(ctx.hazard)) return fail('role_not_allowed', '企业只能处理本企业自查的隐患');
  if (ctx.actor.role === 'enterprise' && ctx.status.level === 'major') return fail('major_needs_officer', '重大隐患需由监管部门确认和销号');
  return notExpert(ctx);
};

/** An enterprise submits only its own self-check findings; an officer's draft is the officer's to issue. */
export const enterpriseOwnFinding: Guard = ({ hazard, actor }) =>
  actor.role === 'enterprise' && !selfCheck(hazard) ? fail('role_not_allowed', '企业只能处理本企业自查的隐患') : ok;

export const generalOnly: Guard = (ctx) =>
  ctx.status.level === 'major' ? fail('major_needs_confirmation', '重大隐患须上报确认，不能直接派发或即查即改') : ok;

/**
 * A rectification is evidence (issue 13, item 9): what was done (整改措施) and at least one photo
 * after the work. Judged at the event's place in the order, so a device that skipped its own
 * check still gets a verdict it can read, never a lost event.
 */
export const rectificationEvidence: Guard = ({ event }) => {
  if (!(event.payload.measures ?? '').trim()) return fail('rectification_needs_measures', '提交整改须写明已采取的整改措施');
  return (event.payload.photos ?? []).length > 0 ? ok : fail('rectification_needs_photo', '提交整改须附至少一张整改后照片');
};

/** A major hazard closes only by 核销 after 复产审查 by the listing authority, never by 复查销号. */
export const notMajorClose: Guard = ({ status }) =>
  status.level === 'major' ? fail('major_needs_writeoff', '重大隐患须挂牌督办、经复产审查由挂牌部门核销，不能复查销号') : ok;

/** 两级确认: whoever proposed the major level may not take the second-level decision on it. */
export const notProposer: Guard = ({ status, event }) =>
  status.majorProposedBy.includes(event.actorId) ? fail('same_person_confirmation', '提出重大隐患的人员不能自行确认、降级或驳回，须由他人确认') : ok;

/**
 * A hazard proposed as major (level major, or escalated as possibly major) is settled only at the
 * second level: a supervisor who did not propose it.
 */
export const secondLevelIfMajor: Guard = (ctx) => {
  if (ctx.status.level !== 'major' && ctx.status.state !== 'ESCALATED') return ok;
  if (ctx.actor.role !== 'supervisor') return fail('major_needs_supervisor', '疑似重大隐患须由监管部门（第二级）确认或驳回');
  return notProposer(ctx);
};

/** Escalation proposes "may be major": pointless, and a way to reopen the level, once confirmed major. */
export const notYetMajorIfRectifying: Guard = ({ status }) =>
  status.state === 'RECTIFYING' && status.level === 'major' ? fail('already_major', '已确认为重大隐患，无需再上报上级') : ok;

/** 挂牌 at the supervisor's own level only (镇 / 张家港市 / 苏州市 / 省). */
export const listingAtOwnLevel: Guard = ({ event }) => {
  const level = supervisorLevel(event.actorAreaCode);
  if (!level) return fail('listing_authority_unknown', '无法确定监管人员的行政级别，不能挂牌督办');
  const wanted = event.payload.listingLevel;
  return wanted === level ? ok : fail('listing_level_mismatch', `只能按本级（${LISTING_LEVEL_ZH[level]}）挂牌督办`);
};

/**
 * 审核治理方案 and 复产审查 (核销) belong to the listing authority: the supervisor of the area
 * that listed the hazard (its level follows from the area). Listings recorded before the area
 * was kept fall back to the level.
 */
export const listingAuthority: Guard = ({ status, event }) => {
  const listing = status.listing;
  if (!listing) return fail('not_listing_authority', '隐患未挂牌，无挂牌部门');
  const same = listing.areaCode !== undefined ? event.actorAreaCode === listing.areaCode : supervisorLevel(event.actorAreaCode) === listing.level;
  return same ? ok : fail('not_listing_authority', `只有挂牌部门（${LISTING_LEVEL_ZH[listing.level]}）可以审核治理方案和核销`);
};

/**
 * 延期 moves the deadline later, to a day not yet past: a request for an earlier or past date is
 * refused here, so the supervisor never meets a request their own form must refuse.
 */
export const extensionLater: Guard = ({ status, event, today }) => {
  const wanted = event.payload.deadline;
  if (wanted === undefined) return ok;
  if (status.deadline !== undefined && wanted <= status.deadline) return fail('extension_not_later', `延期后的期限须晚于当前整改期限（${status.deadline}）`);
  if (today !== undefined && wanted < today) return fail('extension_in_past', `延期后的期限不能早于今天（${today}）`);
  return ok;
};

/**
 * 复查 may be done by the listing authority or a supervisor under it (area code below the
 * listing's). A listing without a recorded area falls back to the authority rule.
 */
export const inListingArea: Guard = (ctx) => {
  const area = ctx.status.listing?.areaCode;
  if (area === undefined) return listingAuthority(ctx);
  return ctx.event.actorAreaCode?.startsWith(area) ? ok : fail('not_listing_authority', '只有挂牌部门或其辖区内的监管部门可以复查');
};

/** A decision needs a plan waiting for it: filed and neither approved nor returned yet. */
export const planFiled: Guard = ({ status }) =>
  status.plan?.state === 'filed' ? ok : fail('plan_not_filed', '企业尚未报送（或已退回）五落实治理方案，无方案可审');

export const onlyMajor: Guard = ({ status }) => (status.level === 'major' ? ok : fail('not_major', '只有重大隐患可以挂牌督办'));

/** One referral at a time: a pending or accepted 抄告 is not sent again (a returned one may be). */
export const notAlreadyReferred: Guard = ({ status }) =>
  status.referral && status.referral.state !== 'returned' ? fail('already_referred', '该隐患已抄告执法，正在处理或已受理') : ok;

/**
 * 受理 / 退回 of a referral: only while one is pending, only by an enforcement officer (the
 * 吹哨员 inbox), never by the officer who referred it.
 */
export const referralDecision: Guard = ({ status, actor, event }) => {
  if (status.referral?.state !== 'pending') return fail('not_referred', '该隐患没有待处理的抄告');
  if (actor.role !== 'officer' || actor.officerKind !== 'enforcement') return fail('enforcement_only', '只有执法人员可以受理或退回抄告');
  return status.referral.referredBy === event.actorId ? fail('own_referral', '不能受理或退回本人抄告的隐患') : ok;
};
