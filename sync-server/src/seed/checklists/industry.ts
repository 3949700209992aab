import type { ItemRow } from './rows';


/** 涉氨制冷: 令第10号 第十二条 (判定) and AQ 7015 requirements. */
export const AMMONIA: ItemRow[] = [
  ['AM-01', 'special', 'site', true, 30, 'l10.12.1', '包装、分割、产品整理场所未采用氨直接蒸发制冷空调系统'],
  ['AM-02', 'special', 'site', true, 30, 'l10.12.2', '快速冻结装置设置在单独作业间内，且作业间内作业人员不超过9人'],
  ['AM-03', 'special', 'site', false, 15, 'aq7015', '机房和蒸发器区域设氨气泄漏检测报警，并与事故排风联锁'],
  ['AM-04', 'basicManagement', 'documents', false, 30, 'tzsb.40', '压力容器、压力管道登记并定期检验，安全阀、压力表按期校验'],
  ['AM-05', 'basicManagement', 'documents', false, 30, 'gb18218', '液氨储量达到或超过10t的，按重大危险源登记建档、监测监控'],
  ['AM-06', 'basicManagement', 'documents', false, 15, 'aqf.81', '制定液氨泄漏专项应急预案并定期演练'],
];

/** 冶金: 令第10号 第三条第（三）项 and 第四条. */
export const METALLURGY: ItemRow[] = [
  ['MT-01', 'basicManagement', 'documents', true, 30, 'l10.3.3', '金属冶炼企业主要负责人、安全生产管理人员按规定经考核合格'],
  ['MT-02', 'special', 'site', true, 30, 'l10.4', '会议室、休息室、操作室、交接班室、更衣室等人员聚集场所未设在熔融金属吊运跨的地坪区域内'],
  ['MT-03', 'special', 'site', true, 7, 'l10.4', '冶炼、精炼、铸造区域的事故坑、渣坑及熔融金属泼溅区域的地沟无积水'],
  ['MT-04', 'special', 'site', true, 30, 'l10.4', '煤气区域和可能泄漏积聚煤气的部位设固定式一氧化碳监测报警，数据接入24小时有人值守场所'],
  ['MT-05', 'special', 'site', false, 30, 'l10.4', '炼钢炉水冷元件设出水温度、进出水流量差监测报警并与相关装置联锁'],
  ['MT-06', 'special', 'site', false, 30, 'l10.4', '加热炉、煤气柜、除尘器等设施及进入车间前的煤气管道设可靠隔断装置'],
];

/** 中频炉 / 有色: 令第10号 第五条、第七条 (判定 flags only where the content is certain). */
export const FURNACE: ItemRow[] = [
  ['MF-01', 'special', 'site', true, 7, 'l10.5+l10.7', '熔炼炉（中频炉）炉坑、熔融金属吊运和泼溅区域无积水、无潮湿物品'],
  ['MF-02', 'special', 'site', false, 15, 'l10.7', '中频炉冷却水系统设温度、流量监测报警，并有应急水源'],
  ['MF-03', 'special', 'site', false, 15, 'l10.7', '熔炼炉设紧急排放和应急储存设施，炉前无积水'],
  ['MF-04', 'siteManagement', 'site', false, 7, 'aqf.45', '炉前作业人员穿戴隔热防护服、防护面罩等劳动防护用品'],
  ['MF-05', 'basicManagement', 'documents', false, 30, 'zjg.a4', '执行中频炉重点岗位安全管理手册，开展岗位安全培训'],
];

/** 危化品使用 (工贸 users; 121号 does not apply to them). */
export const HAZCHEM_USE: ItemRow[] = [
  ['HC-01', 'siteManagement', 'site', false, 7, 'whp.24.1', '危险化学品储存在专用仓库、场地或储存室内，由专人管理'],
  ['HC-02', 'siteManagement', 'site', false, 7, 'whp.24.1', '剧毒化学品及构成重大危险源的危险化学品单独存放，双人收发、双人保管'],
  ['HC-03', 'siteManagement', 'site', false, 7, 'gb15603', '分区、分类、分库储存，禁忌物料不混存'],
  ['HC-04', 'basicManagement', 'documents', false, 15, 'whp.15', '在用危险化学品有安全技术说明书和安全标签（“一书一签”）'],
  ['HC-05', 'siteManagement', 'site', false, 15, 'gb50493', '可燃、有毒气体可能泄漏的场所设检测报警装置'],
  ['HC-06', 'siteManagement', 'site', false, 7, 'know.hazchemShift', '车间内危险化学品存放量不超过当班或当日用量'],
];

/** 动火作业 and 高处作业 (特殊作业; GB 30871-2022 安全作业票, other enterprises by reference). */
export const SPECIAL_WORK: ItemRow[] = [
  ['HW-01', 'special', 'documents', false, 1, 'gb30871+aqf.43', '动火作业办理动火安全作业票，作业级别、地点、内容、时间与作业票一致'],
  ['HW-02', 'special', 'site', false, 1, 'gb30871', '动火点周围可燃物已清除，配备灭火器材，设专人监火'],
  ['HW-03', 'special', 'site', false, 1, 'gb30871.fire', '乙炔气瓶直立放置，与动火点间距不小于10m'],
  ['HW-04', 'special', 'documents', false, 1, 'xff.21.2', '电焊、气焊作业人员持证上岗'],
  ['WH-01', 'special', 'documents', false, 1, 'gb30871.height', '高处作业办理高处安全作业票'],
  ['WH-02', 'special', 'site', false, 1, 'gb30871.height+aqf.45', '高处作业人员正确佩戴安全带，设防护栏杆或安全网'],
];
