/** Evidence rules (issue 13 items 8, 9, 11, 15, 16): signatures, photos, defect wording, refused actions, drafts. */
export const evidenceZh = {
  'problem.inspection_unsigned': '检查未能完成：须有检查人员签字，以及企业负责人签字或拒签记录（姓名、见证人、理由）。请打开该检查补签后再完成',
  'problem.hazard_evidence_missing': '隐患未保存到服务器：不是从检查表登记的隐患须附现场照片和隐患描述，请补充后重新保存',
  'refusal.rectificationNeedsMeasures': '提交整改须写明已采取的整改措施',
  'refusal.rectificationNeedsPhoto': '提交整改须附至少一张整改后照片，请拍照后重新提交',
  'sync.refusedChip': '{count} 条操作被拒绝/冲突',
  'console.conflicts.eventBy': '{pushed} 的操作与 {server} 在先的操作冲突，未被接受',
  'outbox.eventRefused': '隐患操作未被接受',
  'hazard.sitePhotos': '现场照片',
  'hazard.required': '（必填）',
  'hazard.needsEvidence': '请拍摄至少一张现场照片并填写隐患描述，再保存',
} as const;
