/** 简体中文 — field work: check-ins on site (现场签到). */
export const fieldZh = {
  'checkIn.onSite': '现场签到 · 距企业 {distance} 米',
  'checkIn.offSite': '非现场 · 距企业 {distance} 米',
  'checkIn.noPosition': '无定位签到',
  'checkIn.noEnterpriseLocation': '企业未标注位置',
  'checkIn.reasonShown': '原因：{reason}',
  'checkIn.offSiteTitle': '当前位置不在企业现场',
  'checkIn.noPositionTitle': '未取得定位',
  'checkIn.offSiteExplain': '当前位置距企业 {distance} 米（现场范围 {radius} 米，定位精度 ±{accuracy} 米）。如确需开始检查，请说明原因，监管人员将看到“非现场”标记。',
  'checkIn.noPositionExplain': '设备未取得定位（地下室、冷库等处常见），无法证明在现场。请说明原因后开始，或到室外重新签到。',
  'checkIn.reason': '原因（必填）',
  'checkIn.reasonHint': '例如：企业门卫不让进厂，在厂门口签到',
  'checkIn.startAnyway': '说明原因并开始检查',
  'checkIn.adoptLocation': '该企业尚未标注位置。是否将当前位置（精度 ±{accuracy} 米）设为企业位置？以后的签到将以此判断是否在现场。',
  'checkIn.adoptConfirm': '设为企业位置',
  'checkIn.adoptSkip': '暂不设置',
} as const;
