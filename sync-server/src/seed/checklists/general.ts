import type { ItemRow } from './rows';

/** 通用: every 工贸 enterprise (基础管理 first, then the site). GM-01..GM-04 keep their codes. */
export const GENERAL: ItemRow[] = [
  ['GM-01', 'basicManagement', 'documents', true, 15, 'l10.3.1', '对承包、承租单位的安全生产工作统一协调、管理，并定期进行安全检查'],
  ['GM-02', 'basicManagement', 'documents', true, 15, 'l10.3.2', '特种作业人员（电工、焊工、制冷工等）持有效证件上岗'],
  ['GM-03', 'basicManagement', 'documents', false, 30, 'aqf.28', '从业人员经安全生产教育和培训合格，有培训档案'],
  ['GM-04', 'basicManagement', 'documents', false, 30, 'aqf.41.2', '建立并落实隐患排查治理制度，排查治理情况如实记录并向从业人员通报'],
  ['GM-05', 'basicManagement', 'documents', false, 30, 'aqf.22', '建立全员安全生产责任制，明确各岗位责任人员、责任范围和考核标准'],
  ['GM-06', 'basicManagement', 'documents', false, 30, 'aqf.24', '按规定设置安全生产管理机构或配备专（兼）职安全生产管理人员'],
  ['GM-07', 'basicManagement', 'documents', false, 30, 'aqf.21', '主要负责人组织制定并实施安全生产规章制度和操作规程'],
  ['GM-08', 'basicManagement', 'documents', false, 30, 'z3.12', '新上岗从业人员经厂、车间、班组三级安全培训教育'],
  ['GM-09', 'siteManagement', 'site', false, 7, 'aqf.45', '为从业人员提供符合标准的劳动防护用品，并监督正确佩戴、使用'],
  ['GM-10', 'siteManagement', 'site', false, 7, 'aqf.35', '有较大危险因素的场所和设施、设备上设置明显的安全警示标志'],
  ['GM-11', 'siteManagement', 'documents', false, 15, 'aqf.36', '安全设备经常性维护、保养并定期检测，保证正常运转'],
  ['GM-12', 'basicManagement', 'documents', false, 30, 'aqf.81', '制定生产安全事故应急救援预案并定期组织演练'],
  ['GM-13', 'siteManagement', 'site', false, 3, 'aqf.43', '动火、吊装、临时用电等危险作业安排专门人员进行现场安全管理'],
  ['GM-14', 'siteManagement', 'site', false, 1, 'aqf.42', '生产经营场所和员工宿舍的出口、疏散通道畅通，未占用、锁闭、封堵'],
  ['GM-15', 'siteManagement', 'site', false, 7, 'aqf.42', '使用、储存危险物品的车间、仓库未与员工宿舍设在同一座建筑物内'],
  ['GM-16', 'basicManagement', 'documents', false, 30, 'aqf.49.2', '场所出租或项目发包的，与承租、承包单位签订专门的安全生产管理协议'],
  ['GM-17', 'basicManagement', 'documents', false, 30, 'tzsb.40', '锅炉、压力容器、起重机械、叉车等特种设备登记并按期检验'],
  ['GM-18', 'siteManagement', 'site', false, 3, 'xff.16.1.2', '消防设施、器材配置齐全，定期检验维修，完好有效'],
  ['GM-19', 'siteManagement', 'site', false, 3, 'xff.27.2', '电气线路敷设规范，无私拉乱接、老化破损'],
  ['GM-20', 'basicManagement', 'documents', false, 30, 'aqf.51.2', '属于高危行业领域的，投保安全生产责任保险'],
  ['GM-21', 'basicManagement', 'interview', false, 30, 'zjg.a4', '开展“班前班后五分钟”安全教育和主要负责人“一季一课”'],
  ['GM-22', 'basicManagement', 'documents', false, 15, 'xff.16.1.5', '定期组织防火检查，及时消除火灾隐患'],
];
