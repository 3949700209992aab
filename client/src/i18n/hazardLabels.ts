import { HAZARD_EVENT_ZH, HAZARD_STATE_ZH, type HazardCategory, type HazardEventType, type HazardLevel, type HazardSource, type HazardState } from '@anxun/shared-schema';

// States and actions take their Chinese from shared-schema, so screens and the server's refusal
// reasons name them with the same words.

type Labels<K extends string> = Record<K, { 'zh-CN': string; en: string }>;

export const HAZARD_STATE: Labels<HazardState> = {
  DRAFT: { 'zh-CN': HAZARD_STATE_ZH.DRAFT, en: 'Draft' },
  REPORTED: { 'zh-CN': HAZARD_STATE_ZH.REPORTED, en: 'Awaiting confirmation' },
  REJECTED: { 'zh-CN': HAZARD_STATE_ZH.REJECTED, en: 'Rejected' },
  RECTIFYING: { 'zh-CN': HAZARD_STATE_ZH.RECTIFYING, en: 'Rectifying' },
  EXTENSION_REQUESTED: { 'zh-CN': HAZARD_STATE_ZH.EXTENSION_REQUESTED, en: 'Extension requested' },
  SUBMITTED: { 'zh-CN': HAZARD_STATE_ZH.SUBMITTED, en: 'Awaiting re-check' },
  CLOSED: { 'zh-CN': HAZARD_STATE_ZH.CLOSED, en: 'Closed' },
  ESCALATED: { 'zh-CN': HAZARD_STATE_ZH.ESCALATED, en: 'Escalated' },
  LISTED: { 'zh-CN': HAZARD_STATE_ZH.LISTED, en: 'Listed' },
  PLAN_APPROVED: { 'zh-CN': HAZARD_STATE_ZH.PLAN_APPROVED, en: 'Plan approved' },
  RESUMPTION_REQUESTED: { 'zh-CN': HAZARD_STATE_ZH.RESUMPTION_REQUESTED, en: 'Resumption requested' },
  RECHECK_PASSED: { 'zh-CN': HAZARD_STATE_ZH.RECHECK_PASSED, en: 'Re-check passed, awaiting write-off' },
  WRITTEN_OFF: { 'zh-CN': HAZARD_STATE_ZH.WRITTEN_OFF, en: 'Written off' },
  VOIDED: { 'zh-CN': HAZARD_STATE_ZH.VOIDED, en: 'Voided' },
};

export const HAZARD_LEVEL: Labels<HazardLevel> = {
  general: { 'zh-CN': '一般隐患', en: 'General' },
  major: { 'zh-CN': '重大隐患', en: 'Major' },
};

export const HAZARD_SOURCE: Labels<HazardSource> = {
  enterpriseSelfCheck: { 'zh-CN': '企业自查', en: 'Enterprise self-check' },
  gridPatrol: { 'zh-CN': '网格巡查', en: 'Grid patrol' },
  enforcement: { 'zh-CN': '执法检查', en: 'Enforcement' },
  superiorSupervision: { 'zh-CN': '上级督查', en: 'Superior supervision' },
  thirdParty: { 'zh-CN': '第三方检查', en: 'Third party' },
  whistleblower: { 'zh-CN': '群众举报', en: 'Whistle-blower' },
  socialGrid: { 'zh-CN': '综治网格上报', en: 'Social grid' },
};

export const HAZARD_CATEGORY: Labels<HazardCategory> = {
  basicManagement: { 'zh-CN': '基础管理类', en: 'Basic management' },
  siteManagement: { 'zh-CN': '现场管理类', en: 'Site management' },
  unsafeAct: { 'zh-CN': '人的不安全行为', en: 'Unsafe act' },
  unsafeCondition: { 'zh-CN': '物的不安全状态', en: 'Unsafe condition' },
  managementDefect: { 'zh-CN': '管理缺陷', en: 'Management defect' },
};

export const HAZARD_EVENT: Labels<HazardEventType> = {
  assign: { 'zh-CN': HAZARD_EVENT_ZH.assign, en: 'Assign with deadline' },
  fixOnSpot: { 'zh-CN': HAZARD_EVENT_ZH.fixOnSpot, en: 'Fixed on the spot' },
  report: { 'zh-CN': HAZARD_EVENT_ZH.report, en: 'Report for confirmation' },
  confirmGeneral: { 'zh-CN': HAZARD_EVENT_ZH.confirmGeneral, en: 'Confirm as general' },
  escalate: { 'zh-CN': HAZARD_EVENT_ZH.escalate, en: 'Escalate (may be major)' },
  confirmMajor: { 'zh-CN': HAZARD_EVENT_ZH.confirmMajor, en: 'Confirm as major' },
  downgrade: { 'zh-CN': HAZARD_EVENT_ZH.downgrade, en: 'Downgrade to general' },
  reject: { 'zh-CN': HAZARD_EVENT_ZH.reject, en: 'Reject' },
  requestExtension: { 'zh-CN': HAZARD_EVENT_ZH.requestExtension, en: 'Request extension' },
  decideExtension: { 'zh-CN': HAZARD_EVENT_ZH.decideExtension, en: 'Decide extension' },
  submitRectification: { 'zh-CN': HAZARD_EVENT_ZH.submitRectification, en: 'Submit rectification' },
  verify: { 'zh-CN': HAZARD_EVENT_ZH.verify, en: 'Re-check' },
  list: { 'zh-CN': HAZARD_EVENT_ZH.list, en: 'List for supervision' },
  filePlan: { 'zh-CN': HAZARD_EVENT_ZH.filePlan, en: 'File remediation plan' },
  approvePlan: { 'zh-CN': HAZARD_EVENT_ZH.approvePlan, en: 'Review plan' },
  requestResumption: { 'zh-CN': HAZARD_EVENT_ZH.requestResumption, en: 'Request resumption' },
  reviewResumption: { 'zh-CN': HAZARD_EVENT_ZH.reviewResumption, en: 'Re-check (resumption review)' },
  delist: { 'zh-CN': HAZARD_EVENT_ZH.delist, en: 'Write off (de-list)' },
  referToEnforcement: { 'zh-CN': HAZARD_EVENT_ZH.referToEnforcement, en: 'Refer to enforcement' },
  acceptReferral: { 'zh-CN': HAZARD_EVENT_ZH.acceptReferral, en: 'Accept referral' },
  returnReferral: { 'zh-CN': HAZARD_EVENT_ZH.returnReferral, en: 'Return referral' },
  void: { 'zh-CN': HAZARD_EVENT_ZH.void, en: 'Void' },
  comment: { 'zh-CN': HAZARD_EVENT_ZH.comment, en: 'Comment' },
};
