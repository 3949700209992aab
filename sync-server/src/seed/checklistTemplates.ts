import { basisOf, type ChecklistItem, type ChecklistTemplate } from '@anxun/shared-schema';

/** [code, section, how, 判定 item, default deadline days, citation keys joined by +, text]. */
type ItemRow = [code: string, section: ChecklistItem['section'], how: ChecklistItem['howToCheck'], major: boolean, days: number, cite: string, text: string];

/** The printed basis is built from the citation table (shared-schema citations), never written here. */
const item = ([code, section, howToCheck, majorHazardCriterion, defaultDeadlineDays, cite, text]: ItemRow): ChecklistItem => ({
  code, section, howToCheck, majorHazardCriterion, defaultDeadlineDays, basis: basisOf(...cite.split('+')), text,
});

/** Items written from the criteria in domain.md §4 (own wording; the criteria are cited by key). */
const common: ItemRow[] = [
  ['GM-01', 'basicManagement', 'documents', true, 15, 'l10.3.1', '对承包、承租单位的安全生产工作统一协调、管理，并定期进行安全检查'],
  ['GM-02', 'basicManagement', 'documents', true, 15, 'l10.3.2', '特种作业人员（电工、焊工、制冷工等）持有效证件上岗'],
  ['GM-03', 'basicManagement', 'documents', false, 30, 'aqf.28', '从业人员经安全生产教育和培训合格，有培训记录'],
  ['GM-04', 'basicManagement', 'documents', false, 30, 'aqf.41.2', '建立隐患排查治理制度，隐患排查记录完整'],
];

const dust: ItemRow[] = [
  ['DE-01', 'special', 'site', true, 30, 'l10.11.1', '粉尘爆炸危险场所不在非框架结构的多层建构筑物内，且场所内无员工宿舍、会议室、办公室、休息室'],
  ['DE-02', 'special', 'site', true, 30, 'l10.11.2', '不同类别的可燃性粉尘、可燃性粉尘与可燃气体未合用同一除尘系统，除尘系统未跨建筑物或防火分区互联互通'],
  ['DE-03', 'special', 'site', true, 30, 'l10.11.3', '干式除尘系统至少采取泄爆、惰化、抑爆一种控爆措施'],
  ['DE-04', 'special', 'site', true, 30, 'l10.11.4', '铝镁等金属粉尘不采用正压吹送；其他粉尘正压吹送时设火花探测消除装置'],
  ['DE-05', 'special', 'site', true, 30, 'l10.11.5', '未采用粉尘沉降室除尘，未采用干式巷道式构筑物作为除尘风道'],
  ['DE-06', 'special', 'site', true, 30, 'l10.11.6', '铝镁、木质粉尘干式除尘器设置锁气卸灰装置'],
  ['DE-07', 'special', 'site', true, 30, 'l10.11.7', '除尘器、收尘仓等20区内电气设备符合防爆要求'],
  ['DE-08', 'special', 'site', true, 15, 'l10.11.8', '研磨、砂光等作业前除去物料中的金属、石块等异物；木制品砂光风管设火花探测消除装置'],
  ['DE-09', 'special', 'site', true, 15, 'l10.11.9', '遇湿自燃金属粉尘收集、堆放、储存场所采取通风等防氢气积聚措施，干式收集储存有防水防潮措施'],
  ['DE-10', 'special', 'site', true, 7, 'l10.11.10', '落实粉尘清理制度，作业现场无严重积尘'],
  ['DE-13', 'siteManagement', 'documents', false, 7, 'l6', '按清理制度定期清扫积尘并记录，除尘系统停运时停止产尘作业'],
  ['DE-11', 'siteManagement', 'site', false, 7, 'l6', '防静电接地、防雷设施完好，无明火及非防爆工具'],
  ['DE-12', 'siteManagement', 'interview', false, 7, 'l6+aqf.45', '作业人员经粉尘防爆培训，正确佩戴防静电、防尘劳动防护用品'],
];

const confined: ItemRow[] = [
  ['CS-01', 'special', 'documents', true, 15, 'l10.13.1', '有限空间已辨识并建立安全管理台账，或已设置明显的安全警示标志（两者均无的构成重大事故隐患）'],
  ['CS-09', 'special', 'site', false, 15, 'aqf.35+l13', '有限空间台账完整，且每处有限空间均设置明显的安全警示标志'],
  ['CS-02', 'special', 'documents', true, 7, 'l10.13.2', '每次进入作业有作业方案或审批，经安全管理人员审核、负责人批准'],
  ['CS-03', 'special', 'site', true, 7, 'l10.13.2', '有限空间作业执行“先通风、再检测、后作业”'],
  ['CS-10', 'special', 'site', false, 7, 'l13', '作业期间持续机械通风'],
  ['CS-04', 'special', 'site', false, 7, 'l13', '作业前30分钟内在上风侧用泵吸式检测仪分层检测氧气、可燃气体和有毒气体，作业中连续监测'],
  ['CS-05', 'special', 'site', true, 7, 'l10.13.2', '有限空间作业现场设置监护人员'],
  ['CS-11', 'special', 'site', false, 7, 'l13', '监护人员全程在有限空间外持续监护，不擅离职守'],
  ['CS-06', 'siteManagement', 'site', false, 15, 'l13+aqf.45', '配备安全帽、全身式安全带、安全绳、呼吸防护用品、便携式检测仪、照明和通讯设备'],
  ['CS-07', 'basicManagement', 'documents', false, 30, 'l13', '现场负责人、监护人员、作业人员和救援人员经专项培训'],
  ['CS-08', 'basicManagement', 'interview', false, 15, 'l13', '制定应急救援预案，救援人员佩戴正压式空气呼吸器等装备，禁止盲目施救'],
];

const nineSmall: ItemRow[] = [
  ['NS-01', 'siteManagement', 'site', true, 3, 'xff.19.1+gb35181', '生产、储存、经营易燃易爆物品的场所未与居住场所设置在同一建筑物内（无“三合一”）'],
  ['NS-02', 'siteManagement', 'site', false, 1, 'xff.28', '安全出口、疏散通道畅通，未上锁、堵塞、占用；人员密集场所外窗无影响逃生的障碍物'],
  ['NS-03', 'siteManagement', 'site', false, 3, 'xff.16.1.2', '灭火器配置齐全、压力正常、在有效期内且便于取用'],
  ['NS-04', 'siteManagement', 'site', false, 7, 'xff.16.1.2', '应急照明和疏散指示标志完好有效'],
  ['NS-05', 'siteManagement', 'site', false, 1, 'xff.28', '电动自行车未在疏散通道、楼梯间、安全出口停放或充电'],
  ['NS-06', 'siteManagement', 'site', false, 3, 'xff.27.2', '电气线路无私拉乱接；液化气使用符合规定'],
  ['NS-07', 'basicManagement', 'documents', false, 7, 'zjg.a5', '明确消防安全员并公示姓名、电话和职责'],
  ['NS-08', 'basicManagement', 'documents', false, 7, 'xff.16.1.5+ga61.26', '开展防火巡查检查并有记录'],
];

const ammonia: ItemRow[] = [
  ['AM-01', 'special', 'site', true, 30, 'l10.12.1', '包装、分割、产品整理场所未采用氨直接蒸发制冷空调系统'],
  ['AM-02', 'special', 'site', true, 30, 'l10.12.2', '快速冻结装置设置在单独作业间内，且作业间内作业人员不超过9人'],
  ['AM-03', 'special', 'site', false, 15, 'aq7015', '机房和蒸发器区域设氨气泄漏检测报警，并与事故排风联锁'],
  ['AM-04', 'basicManagement', 'documents', false, 30, 'tzsb.40', '压力容器、压力管道登记并定期检验，安全阀、压力表按期校验'],
];

function template(code: string, name: string, tags: ChecklistTemplate['appliesToTags'], categories: ChecklistTemplate['appliesToCategories'], rows: ItemRow[]): ChecklistTemplate {
  return {
    id: `${code}@1`, code, version: 1, name, appliesToTags: tags, appliesToCategories: categories,
    items: rows.map(item), retired: false, updatedAt: '2026-01-05T09:00:00+08:00',
  };
}

export const DEMO_TEMPLATES: ChecklistTemplate[] = [
  template('dust-explosion', '粉尘涉爆企业检查表', ['dustExplosion'], [], [...common, ...dust]),
  template('confined-space', '有限空间作业检查表', ['confinedSpace'], [], [...common, ...confined]),
  template('nine-small-fire', '九小场所消防安全检查表', ['nineSmall'], ['nineSmall'], nineSmall),
  template('ammonia-refrigeration', '涉氨制冷企业检查表', ['ammoniaRefrigeration'], [], [...common, ...ammonia]),
  template('general-industry', '工贸企业通用检查表', [], ['machinery', 'lightIndustry', 'textile', 'buildingMaterials', 'metallurgy', 'nonFerrous', 'commerce', 'tobacco'], common),
];
