import type { ItemRow } from './rows';

/** 粉尘涉爆: the ten 判定 items of 令第10号 第十一条, and the 令第6号 requirements (not 判定 items). */
export const DUST: ItemRow[] = [
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

/** 有限空间: 令第10号 第十三条 (判定, each item the criterion alone) and 令第13号 requirements. */
export const CONFINED: ItemRow[] = [
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
