import type { HazardCategory, HazardEventType, HazardLevel, HazardSource, HazardState } from '@anxun/shared-schema';

type Labels<K extends string> = Record<K, { 'zh-CN': string; en: string }>;

export const HAZARD_STATE: Labels<HazardState> = {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  REPORTED: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
  REJECTED: { 'zh-CN': '不属实/作废', en: 'Rejected' },
  RECTIFYING: { 'zh-CN': '整改中', en: 'Rectifying' },
  EXTENSION_REQUESTED: { 'zh-CN': '延期申请中', en: 'Extension requested' },
  SUBMITTED: { 'zh-CN': '待复查', en: 'Awaiting re-check' },
  CLOSED: { 'zh-CN': '已销号', en: 'Closed' },
  ESCALATED: { 'zh-CN': '已上报上级', en: 'Escalated' },
  LISTED: { 'zh-CN': '挂牌督办中', en: 'Listed' },
  PLAN_APPROVED: { 'zh-CN': '治理方案已审', en: 'Plan approved' },
  RESUMPTION_REQUESTED: { 'zh-CN': '申请恢复生产', en: 'Resumption requested' },
  WRITTEN_OFF: { 'zh-CN': '已核销', en: 'Written off' },
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
  assign: { 'zh-CN': '下达整改（限期）', en: 'Assign with deadline' },
  fixOnSpot: { 'zh-CN': '即查即改', en: 'Fixed on the spot' },
  report: { 'zh-CN': '上报确认', en: 'Report for confirmation' },
  confirmGeneral: { 'zh-CN': '确认为一般隐患', en: 'Confirm as general' },
  escalate: { 'zh-CN': '上报上级（疑似重大）', en: 'Escalate (may be major)' },
  confirmMajor: { 'zh-CN': '确认为重大隐患', en: 'Confirm as major' },
  downgrade: { 'zh-CN': '降为一般隐患', en: 'Downgrade to general' },
  reject: { 'zh-CN': '驳回（不属实）', en: 'Reject' },
  requestExtension: { 'zh-CN': '申请延期', en: 'Request extension' },
  decideExtension: { 'zh-CN': '审批延期', en: 'Decide extension' },
  submitRectification: { 'zh-CN': '提交整改', en: 'Submit rectification' },
  verify: { 'zh-CN': '复查验收', en: 'Re-check' },
  list: { 'zh-CN': '挂牌督办', en: 'List for supervision' },
  approvePlan: { 'zh-CN': '审核治理方案', en: 'Approve plan' },
  requestResumption: { 'zh-CN': '申请恢复生产', en: 'Request resumption' },
  reviewResumption: { 'zh-CN': '复产审查', en: 'Review resumption' },
  referToEnforcement: { 'zh-CN': '抄告执法', en: 'Refer to enforcement' },
  comment: { 'zh-CN': '备注/补充材料', en: 'Comment' },
};
