import { z } from 'zod';
import { DocumentBase, Id, IsoDateTime, LongText, ShortText } from './primitives';
import { WritOfficer, WritParty } from './writ';

/**
 * 行政处罚案件 (立案 → 调查 → 告知 → 决定 → 送达 → 结案, or 移送). Opened by an enforcement
 * officer, usually from an accepted referral (抄告). Visible to enforcement officers of the
 * enterprise's grids and supervisors of its area; never to grid officers, and to the enterprise
 * only once a document of the case has been served on it (`servedAt`): see caseVisibility.ts.
 */
export const CASE_STATUSES = ['filed', 'investigating', 'notified', 'decided', 'served', 'closed', 'transferred'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CASE_STATUS_ZH: Record<CaseStatus, string> = {
  filed: '立案', investigating: '调查', notified: '告知', decided: '决定', served: '送达', closed: '结案', transferred: '移送',
};

/** The steps a case may take from each status: forward along the procedure, or 移送 before a decision. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  filed: ['investigating', 'transferred'],
  investigating: ['notified', 'decided', 'transferred'], // decided directly: 首违不罚 (no penalty, nothing to notify)
  notified: ['decided', 'transferred'],
  decided: ['served'],
  served: ['closed'],
  closed: [],
  transferred: [],
};

export function caseStepAllowed(from: CaseStatus, to: CaseStatus): boolean {
  return from === to || CASE_TRANSITIONS[from].includes(to);
}

/** What the enterprise had before this case, as shown beside the 首违不罚 decision (a copy at decision time). */
export const ViolationHistory = z.object({
  pastHazards: z.number().int().min(0),
  pastMajorHazards: z.number().int().min(0),
  overdueHazards: z.number().int().min(0),
  closedCases: z.number().int().min(0),
  /** Case numbers of earlier penalties (closed cases that were not exempted). */
  penalisedCaseNos: z.array(z.string().max(60)).max(50),
});
export type ViolationHistory = z.infer<typeof ViolationHistory>;

/** 首违不罚 (行政处罚法 第三十三条第一款): a recorded decision, with the history it was taken on. */
export const FirstViolationDecision = z.object({
  exempt: z.boolean(),
  reason: LongText.refine((r) => r.trim().length > 0, '请写明是否适用首违不罚的理由'),
  /** 及时改正: how the violation was corrected (required for an exemption). */
  correction: z.string().max(2000).optional(),
  history: ViolationHistory,
  decidedBy: Id,
  decidedByName: z.string().max(100),
  decidedAt: IsoDateTime,
});
export type FirstViolationDecision = z.infer<typeof FirstViolationDecision>;

export const EnforcementCase = z.object({
  ...DocumentBase,
  enterpriseId: Id,
  /** The hazards the case is about (the accepted referral's first). */
  hazardIds: z.array(Id).max(50),
  /** Case number as printed: the 立案审批表's number once it is official, else provisional. */
  caseNo: z.string().min(1).max(60),
  townCode: z.string().regex(/^[0-9]{9}$/),
  townName: ShortText,
  party: WritParty,
  /** 案由 */
  cause: ShortText,
  facts: LongText,
  /** The provision violated, by citation-table key (printed with 待核 when unchecked). */
  violatedKey: z.string().min(1).max(40),
  /** The penalty provision, by citation-table key, once known. */
  penaltyKey: z.string().max(40).optional(),
  status: CaseStatus,
  /** Two enforcement officers handle a case (行政处罚法 第四十二条). */
  officers: z.array(WritOfficer).min(2).max(10),
  openedBy: Id,
  openedAt: IsoDateTime,
  firstViolation: FirstViolationDecision.optional(),
  /** 罚款 in yuan, when the decision imposes one. */
  fineYuan: z.number().min(0).max(1e9).optional(),
  /** 移送: the receiving body (公安机关, 其他部门). */
  transferTo: z.string().max(200).optional(),
  /** Set when the first document of the case is served on the enterprise: from then on it sees the case. */
  servedAt: IsoDateTime.optional(),
}).superRefine((c, ctx) => {
  if (new Set(c.officers.map((o) => o.id)).size < 2) ctx.addIssue({ code: 'custom', path: ['officers'], message: '案件须由两名执法人员办理' });
  if (c.firstViolation?.exempt && !c.firstViolation.correction?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['firstViolation', 'correction'], message: '适用首违不罚须记录改正情况' });
  }
  if (c.status === 'transferred' && !c.transferTo?.trim()) ctx.addIssue({ code: 'custom', path: ['transferTo'], message: '请写明移送的机关' });
});
export type EnforcementCase = z.infer<typeof EnforcementCase>;
