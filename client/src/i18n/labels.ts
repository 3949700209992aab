import type { EnterpriseScale, EnterpriseTag, GridType, OperatingStatus, PersonRole, RiskColour, StaffPost, SupervisionCategory } from '@anxun/shared-schema';

export type Language = 'zh-CN' | 'en';
type Labels<K extends string> = Record<K, { 'zh-CN': string; en: string }>;

/** Domain enum labels in both languages; tests check every enum value has one. */
export const RISK_COLOUR: Labels<RiskColour> = {
  red: { 'zh-CN': '红色（重大风险）', en: 'Red (major)' },
  orange: { 'zh-CN': '橙色（较大风险）', en: 'Orange (significant)' },
  yellow: { 'zh-CN': '黄色（一般风险）', en: 'Yellow (general)' },
  blue: { 'zh-CN': '蓝色（低风险）', en: 'Blue (low)' },
};

export const OPERATING_STATUS: Labels<OperatingStatus> = {
  operating: { 'zh-CN': '正常经营', en: 'Operating' },
  holidayClosed: { 'zh-CN': '停产停业（正常放假）', en: 'Closed for holiday' },
  suspendedByEmergency: { 'zh-CN': '停产停业（应急部门责令）', en: 'Suspended by emergency bureau' },
  suspendedByOther: { 'zh-CN': '停产停业（其他部门责令）', en: 'Suspended by another department' },
  relocating: { 'zh-CN': '拟停产搬迁', en: 'About to relocate' },
  closed: { 'zh-CN': '关闭（注销/搬迁）', en: 'Closed' },
  ceased: { 'zh-CN': '停业', en: 'Ceased trading' },
};

export const SCALE: Labels<EnterpriseScale> = {
  aboveSize: { 'zh-CN': '规上', en: 'Above designated size' },
  belowSize: { 'zh-CN': '规下', en: 'Below designated size' },
  individual: { 'zh-CN': '个体工商户', en: 'Individual business' },
};

export const SUPERVISION_CATEGORY: Labels<SupervisionCategory> = {
  metallurgy: { 'zh-CN': '冶金', en: 'Metallurgy' },
  nonFerrous: { 'zh-CN': '有色', en: 'Non-ferrous' },
  buildingMaterials: { 'zh-CN': '建材', en: 'Building materials' },
  machinery: { 'zh-CN': '机械', en: 'Machinery' },
  lightIndustry: { 'zh-CN': '轻工', en: 'Light industry' },
  textile: { 'zh-CN': '纺织', en: 'Textile' },
  tobacco: { 'zh-CN': '烟草', en: 'Tobacco' },
  commerce: { 'zh-CN': '商贸', en: 'Commerce' },
  hazchem: { 'zh-CN': '危险化学品', en: 'Hazardous chemicals' },
  construction: { 'zh-CN': '建筑施工', en: 'Construction' },
  transport: { 'zh-CN': '交通运输', en: 'Transport' },
  townGas: { 'zh-CN': '城镇燃气', en: 'Town gas' },
  nineSmall: { 'zh-CN': '九小场所', en: '"Nine small" venue' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const ENTERPRISE_TAG: Labels<EnterpriseTag> = {
  majorHazardInstallation: { 'zh-CN': '重大危险源', en: 'Major hazard installation' },
  dustExplosion: { 'zh-CN': '粉尘涉爆', en: 'Dust explosion' },
  ammoniaRefrigeration: { 'zh-CN': '涉氨制冷', en: 'Ammonia refrigeration' },
  confinedSpace: { 'zh-CN': '有限空间', en: 'Confined space' },
  hazchemUse: { 'zh-CN': '危化品使用', en: 'Hazchem use' },
  nineSmall: { 'zh-CN': '九小场所', en: '"Nine small" venue' },
  multiUseBuilding: { 'zh-CN': '多业态混合楼宇', en: 'Multi-use building' },
  factoryRented: { 'zh-CN': '厂房出租/承租', en: 'Rented factory' },
  crowdedPlace: { 'zh-CN': '人员密集场所', en: 'Crowded place' },
  keyFireUnit: { 'zh-CN': '消防安全重点单位', en: 'Key fire-safety unit' },
  metallurgyGas: { 'zh-CN': '冶金煤气', en: 'Metallurgy gas' },
  mediumFrequencyFurnace: { 'zh-CN': '中频炉', en: 'Medium-frequency furnace' },
  highRiskProcess: { 'zh-CN': '高危工艺', en: 'High-risk process' },
  residentialCompound: { 'zh-CN': '住宅小区', en: 'Residential compound' },
};

export const PERSON_ROLE: Labels<PersonRole> = {
  principal: { 'zh-CN': '主要负责人', en: 'Principal' },
  safetyLead: { 'zh-CN': '分管安全负责人', en: 'Safety lead' },
  safetyOfficer: { 'zh-CN': '安全员', en: 'Safety officer' },
  safetyMonitor: { 'zh-CN': '安全纠察员', en: 'Safety monitor' },
  registeredEngineer: { 'zh-CN': '注册安全工程师', en: 'Registered safety engineer' },
  specialOperator: { 'zh-CN': '特种作业人员', en: 'Special operator' },
  fireOfficer: { 'zh-CN': '消防安全员', en: 'Fire safety officer' },
  frontline: { 'zh-CN': '一线从业人员', en: 'Front-line worker' },
};

/** 从业人员名册 posts: the 岗位 of 逢查必考 questions. */
export const STAFF_POST: Labels<StaffPost> = {
  principal: { 'zh-CN': '主要负责人', en: 'Principal' },
  safetyManager: { 'zh-CN': '安全管理人员', en: 'Safety manager' },
  specialOperator: { 'zh-CN': '特种作业人员', en: 'Special operator' },
  frontline: { 'zh-CN': '一线从业人员', en: 'Front-line worker' },
};

export const GRID_TYPE: Labels<GridType> = {
  industrial: { 'zh-CN': '工业园区（工业企业）网格', en: 'Industrial park grid' },
  sector: { 'zh-CN': '重点行业（行业监管）网格', en: 'Key sector grid' },
  building: { 'zh-CN': '楼宇网格', en: 'Building grid' },
  nineSmall: { 'zh-CN': '九小场所网格', en: '"Nine small" grid' },
  residential: { 'zh-CN': '住宅小区网格', en: 'Residential compound grid' },
};
