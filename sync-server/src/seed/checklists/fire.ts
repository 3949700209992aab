import type { ItemRow } from './rows';

/** 九小场所 fire safety. NS-01 is a 重大火灾隐患 direct criterion (GB 35181-2017, article 待核). */
export const NINE_SMALL: ItemRow[] = [
  ['NS-01', 'siteManagement', 'site', true, 3, 'xff.19.1+gb35181', '生产、储存、经营易燃易爆物品的场所未与居住场所设置在同一建筑物内（无“三合一”）'],
  ['NS-02', 'siteManagement', 'site', false, 1, 'xff.28', '安全出口、疏散通道畅通，未上锁、堵塞、占用；人员密集场所外窗无影响逃生的障碍物'],
  ['NS-03', 'siteManagement', 'site', false, 3, 'xff.16.1.2', '灭火器配置齐全、压力正常、在有效期内且便于取用'],
  ['NS-04', 'siteManagement', 'site', false, 7, 'xff.16.1.2', '应急照明和疏散指示标志完好有效'],
  ['NS-05', 'siteManagement', 'site', false, 1, 'xff.28', '电动自行车未在疏散通道、楼梯间、安全出口停放或充电'],
  ['NS-06', 'siteManagement', 'site', false, 3, 'xff.27.2', '电气线路无私拉乱接；液化气使用符合规定'],
  ['NS-07', 'basicManagement', 'documents', false, 7, 'zjg.a5', '明确消防安全员并公示姓名、电话和职责'],
  ['NS-08', 'basicManagement', 'documents', false, 7, 'xff.16.1.5+ga61.26', '开展防火巡查检查并有记录'],
  ['NS-09', 'siteManagement', 'site', false, 3, 'xff.19.2', '经营、储存场所与居住场所设在同一建筑物内的，符合消防技术标准（防火分隔、独立疏散）'],
  ['NS-10', 'basicManagement', 'interview', false, 15, 'xff.16.1.6', '从业人员会报警、会使用灭火器、会组织疏散，定期开展消防演练'],
  ['NS-11', 'siteManagement', 'site', false, 3, 'xff.27.2', '燃气用具及其连接管安装、使用符合规定，无违规使用液化石油气'],
];

/** 多业态混合楼宇: shared escape routes and fire systems under unified management. */
export const MULTI_USE: ItemRow[] = [
  ['MB-01', 'basicManagement', 'documents', false, 15, 'xff.18', '明确产权、物业和各使用单位的消防安全责任，确定统一管理共用疏散通道、安全出口、消防设施的责任人'],
  ['MB-02', 'basicManagement', 'documents', false, 15, 'zjg.a5', '物业单位明确消防安全经理人，并公示身份、佩戴标识'],
  ['MB-03', 'siteManagement', 'site', false, 1, 'xff.28', '共用疏散通道、安全出口、消防车通道未被占用、堵塞、封闭'],
  ['MB-04', 'siteManagement', 'site', false, 3, 'xff.16.1.2', '建筑消防设施（自动喷水、火灾报警、防排烟等）完好有效，定期检测'],
  ['MB-05', 'siteManagement', 'site', false, 3, 'xff.19.2', '楼宇内无“房中房”“店中店”违规住人'],
  ['MB-06', 'siteManagement', 'site', false, 1, 'xff.28', '楼内公共区域无电动自行车停放、充电'],
  ['MB-07', 'basicManagement', 'documents', false, 15, 'aqf.49.2', '出租场所与承租单位签订安全管理协议并定期检查'],
  ['MB-08', 'basicManagement', 'documents', false, 15, 'xff.16.1.5', '物业单位定期组织防火检查并有记录'],
];

/** 住宅小区: 物业服务企业的共用消防设施维护, 消防车通道; 高层住宅 the e-bike rule of 令第5号. */
export const RESIDENTIAL: ItemRow[] = [
  ['RC-01', 'siteManagement', 'site', false, 3, 'xff.18', '物业服务企业对共用消防设施进行维护管理，消防设施完好有效'],
  ['RC-02', 'siteManagement', 'site', false, 1, 'xff.28', '消防车通道、疏散通道和安全出口畅通，未被占用、堵塞'],
  ['RC-03', 'siteManagement', 'site', false, 1, 'l5.37', '高层住宅公共门厅、疏散走道、楼梯间、安全出口无电动自行车停放、充电（仅适用于高层民用建筑）'],
  ['RC-04', 'basicManagement', 'documents', false, 7, 'zjg.a5', '小区明确至少1名专兼职消防安全员，并公示姓名、电话和职责'],
  ['RC-05', 'siteManagement', 'site', false, 3, 'xff.16.1.2', '室内消火栓、灭火器等器材齐全有效'],
  ['RC-06', 'basicManagement', 'documents', false, 15, 'xff.16.1.6', '每年至少组织两次消防培训和演练'],
];

/** 餐饮场所燃气: alarms, cut-off, hoses and cylinders. */
export const CATERING_GAS: ItemRow[] = [
  ['CG-01', 'siteManagement', 'site', false, 3, 'gb50028', '使用燃气的地下、半地下或通风不良厨房设燃气浓度检测报警器，并与自动切断阀联锁'],
  ['CG-02', 'siteManagement', 'site', false, 3, 'xff.27.2+cr583', '燃具连接管采用金属管或专用软管，无老化、龟裂、超长，未穿越墙体门窗'],
  ['CG-03', 'siteManagement', 'site', false, 1, 'cr583', '液化石油气钢瓶来源合法、在检验期内，未在地下、半地下场所使用'],
  ['CG-04', 'siteManagement', 'site', false, 3, 'cr583', '燃气燃烧器具合格，未使用国家明令淘汰或超过使用年限的器具'],
  ['CG-05', 'siteManagement', 'site', false, 7, 'xff.16.1.2', '厨房配置灭火毯、灭火器，排油烟管道定期清洗'],
  ['CG-06', 'basicManagement', 'interview', false, 7, 'cr583', '员工会关闭燃气阀门，知晓泄漏报警后的处置程序'],
];
