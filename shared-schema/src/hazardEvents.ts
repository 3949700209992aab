import { z } from 'zod';
import { OfficerKind, Role } from './user';
import { HazardLevel } from './hazard';
import { ListingLevel } from './listingLevel';
import { Id, IsoDateTime, LocalDate, PhotoHash } from './primitives';

/** Every workflow action on a hazard, as an insert-only event. */
export const HazardEventType = z.enum([
  'assign', // DRAFT → RECTIFYING: general hazard with a deadline (限期整改)
  'fixOnSpot', // DRAFT → CLOSED: 即查即改 with an after photo
  'report', // DRAFT → REPORTED: needs confirmation (major, or a low-trust source)
  'confirmGeneral', // REPORTED → RECTIFYING (first level), with a deadline
  'escalate', // REPORTED | RECTIFYING → ESCALATED: may be major
  'confirmMajor', // ESCALATED → RECTIFYING as major (second level)
  'downgrade', // ESCALATED → RECTIFYING as general (second level)
  'reject', // REPORTED | ESCALATED → REJECTED, reason required
  'requestExtension', // RECTIFYING → EXTENSION_REQUESTED
  'decideExtension', // EXTENSION_REQUESTED → RECTIFYING (approved: new deadline)
  'submitRectification', // RECTIFYING | EXTENSION_REQUESTED → SUBMITTED
  'verify', // SUBMITTED → CLOSED (pass) | RECTIFYING (fail, reason, new deadline)
  'list', // RECTIFYING (major) → LISTED 挂牌督办, with 停产停业 flag and review date
  'filePlan', // LISTED → LISTED: the enterprise files (or re-files) its 五落实 plan
  'approvePlan', // LISTED → PLAN_APPROVED (approved) | LISTED (returned with a reason)
  'requestResumption', // PLAN_APPROVED → RESUMPTION_REQUESTED
  'reviewResumption', // 复查: RESUMPTION_REQUESTED → RECHECK_PASSED (pass) | PLAN_APPROVED (fail)
  'delist', // 核销: RECHECK_PASSED → WRITTEN_OFF, by the listing authority only
  'referToEnforcement', // any open state, flag only: 抄告/移送
  'acceptReferral', // a referral pending → accepted by an enforcement officer (吹哨员 受理)
  'returnReferral', // a referral pending → returned by an enforcement officer, reason required (退回)
  'void', // DRAFT or any open state → VOIDED 作废: supervisors only, reason required (never deleted)
  'comment', // any state, never changes it: comments and late evidence are always kept
]);
export type HazardEventType = z.infer<typeof HazardEventType>;

/** One flat payload; which fields each event type needs is checked below and by the state machine. */
export const HazardEventPayload = z.object({
  deadline: LocalDate.optional(),
  reason: z.string().max(2000).optional(),
  text: z.string().max(4000).optional(),
  measures: z.string().max(4000).optional(),
  costYuan: z.number().min(0).max(1e10).optional(),
  photos: z.array(PhotoHash).max(20).optional(),
  passed: z.boolean().optional(),
  approved: z.boolean().optional(),
  level: HazardLevel.optional(),
  listingLevel: ListingLevel.optional(),
  docNo: z.string().max(100).optional(),
  plannedDate: LocalDate.optional(),
  responsiblePerson: z.string().max(100).optional(),
  /** 挂牌: 停产停业 ordered with the listing; the enterprise's operating status follows it while listed. */
  stopProduction: z.boolean().optional(),
  /** 挂牌: the date the listing authority reviews the listing (督办复查日期). */
  reviewDate: LocalDate.optional(),
  /** 五落实: the 应急预案 (emergency plan) part of the enterprise's plan. */
  emergencyPlan: z.string().max(4000).optional(),
});
export type HazardEventPayload = z.infer<typeof HazardEventPayload>;

/** The server's judgement of an event at its place in the server order. */
export const EventVerdict = z.object({
  accepted: z.boolean(),
  code: z.string().max(64).optional(),
  reason: z.string().max(500).optional(),
  seq: z.number().int().min(0),
  at: IsoDateTime,
});
export type EventVerdict = z.infer<typeof EventVerdict>;

const required: Partial<Record<HazardEventType, readonly (keyof HazardEventPayload)[]>> = {
  assign: ['deadline'],
  fixOnSpot: ['photos'],
  confirmGeneral: ['deadline'],
  confirmMajor: ['deadline'],
  downgrade: ['deadline'],
  reject: ['reason'],
  requestExtension: ['reason', 'deadline'],
  decideExtension: ['approved'],
  submitRectification: ['measures'],
  verify: ['passed'],
  list: ['listingLevel', 'docNo', 'reviewDate'],
  // 五落实: 措施、责任（人）、资金、时限、预案.
  filePlan: ['measures', 'responsiblePerson', 'costYuan', 'deadline', 'emergencyPlan'],
  approvePlan: ['approved'],
  reviewResumption: ['passed'],
  returnReferral: ['reason'],
  void: ['reason'],
};

export const HazardEvent = z
  .object({
    id: Id,
    updatedAt: IsoDateTime,
    hazardId: Id,
    /** Denormalised from the hazard so the server can scope events without a join. */
    enterpriseId: Id,
    type: HazardEventType,
    payload: HazardEventPayload,
    actorId: Id,
    actorRole: Role,
    actorKind: OfficerKind.optional(),
    actorName: z.string().max(100),
    /**
     * Supervisors only: their area code, which gives their level (listing authority). The server
     * refuses a push whose actorAreaCode is not the signed-in supervisor's (permissions.ts).
     */
    actorAreaCode: z.string().regex(/^[0-9]{2,12}$/).optional(),
    deviceId: z.string().max(64),
    /** When the author acted, by the device clock: shown, never used to order. */
    deviceTime: IsoDateTime,
    /** Set by the server only. */
    verdict: EventVerdict.optional(),
  })
  .superRefine((event, ctx) => {
    for (const field of required[event.type] ?? []) {
      if (event.payload[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['payload', field], message: `${event.type} needs payload.${field}` });
      }
    }
    if (event.type === 'fixOnSpot' && (event.payload.photos ?? []).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['payload', 'photos'], message: '即查即改须附整改后照片' });
    }
    if (event.type === 'void' && !event.payload.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['payload', 'reason'], message: '作废须写明原因' });
    }
    if (event.type === 'filePlan') {
      for (const field of ['measures', 'responsiblePerson', 'emergencyPlan'] as const) {
        if (event.payload[field] !== undefined && !event.payload[field].trim()) ctx.addIssue({ code: 'custom', path: ['payload', field], message: '五落实各项不能为空' });
      }
    }
    if (event.type === 'approvePlan' && event.payload.approved === false && !event.payload.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['payload', 'reason'], message: '退回治理方案须写明原因' });
    }
    if (event.type === 'reviewResumption' && event.payload.passed === false && !event.payload.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['payload', 'reason'], message: '复查不合格须写明原因' });
    }
    if (event.type === 'returnReferral' && !event.payload.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['payload', 'reason'], message: '退回抄告须写明原因' });
    }
    if (event.type === 'verify' && event.payload.passed === false && !event.payload.reason) {
      ctx.addIssue({ code: 'custom', path: ['payload', 'reason'], message: 'a failed re-check needs a reason' });
    }
  });
export type HazardEvent = z.infer<typeof HazardEvent>;
