/** 简体中文 — 执法文书 (documents feature). */
export const documentsZh = {
  'writ.heading': '执法文书',
  'writ.ofEnterprise': '本企业执法文书',
  'writ.none': '暂无文书',
  'writ.issue': '生成{title}',
  'writ.provisional': '临时编号 {no}（未取得正式编号）',
  'writ.notFound': '找不到该文书',
  'writ.print': '打印',
  'writ.numbered': '已取得正式编号',
  'writ.waitingForNumber': '未取得正式编号：联网同步后由服务器编定正式文号',
  'outbox.collection.writs': '执法文书',
  'writ.facilities': '停止使用的设施、设备',
  'writ.ownCertNo': '本人执法证号',
  'writ.secondOfficer': '第二名执法人员姓名',
  'writ.secondCertNo': '第二名执法人员执法证号',
} as const;
