import type { HazardEventType } from './hazardEvents';
import type { HazardState } from './hazardStates';

/**
 * Chinese names of states and actions for texts the server itself writes (refusal reasons in
 * verdicts, which every device and the supervisor console show). Screens use the client's
 * labels in the user's language, and their Chinese labels are these very words (one source).
 */
export const HAZARD_STATE_ZH: Record<HazardState, string> = {
  DRAFT: '草稿', REPORTED: '待确认', REJECTED: '不属实（已驳回）', RECTIFYING: '整改中', EXTENSION_REQUESTED: '延期申请中',
  SUBMITTED: '待复查', CLOSED: '已销号', ESCALATED: '已上报上级', LISTED: '挂牌督办中', PLAN_APPROVED: '治理方案已审',
  RESUMPTION_REQUESTED: '申请恢复生产', RECHECK_PASSED: '复查合格待核销', WRITTEN_OFF: '已核销', VOIDED: '已作废',
};

export const HAZARD_EVENT_ZH: Record<HazardEventType, string> = {
  assign: '下达整改（限期）', fixOnSpot: '即查即改', report: '上报确认', confirmGeneral: '确认为一般隐患', escalate: '上报上级（疑似重大）',
  confirmMajor: '确认为重大隐患', downgrade: '降为一般隐患', reject: '驳回（不属实）', requestExtension: '申请延期', decideExtension: '审批延期',
  submitRectification: '提交整改', verify: '复查验收', list: '挂牌督办', filePlan: '报送治理方案（五落实）', approvePlan: '审核治理方案', requestResumption: '申请恢复生产',
  reviewResumption: '复查（复产审查）', delist: '核销（摘牌）', referToEnforcement: '抄告执法', acceptReferral: '受理抄告', returnReferral: '退回抄告', void: '作废', comment: '备注/补充材料',
};
