/** The instruments the citation table draws on: short name, title, and the version cited. */
export interface Instrument {
  law: string;
  title: string;
  inForceSince: string;
  note: string;
}

export const INSTRUMENTS = {
  aqf: { law: '安全生产法', title: '《中华人民共和国安全生产法》', inForceSince: '2021-09-01', note: '2021年6月10日第三次修正文本' },
  xff: { law: '消防法', title: '《中华人民共和国消防法》', inForceSince: '2021-04-29', note: '2021年4月29日修正文本' },
  tzsb: { law: '特种设备安全法', title: '《中华人民共和国特种设备安全法》', inForceSince: '2014-01-01', note: '' },
  whp: { law: '危险化学品安全管理条例', title: '《危险化学品安全管理条例》（国务院令第591号）', inForceSince: '2011-12-01', note: '2013年修订文本' },
  l10: { law: '应急管理部令第10号', title: '《工贸企业重大事故隐患判定标准》', inForceSince: '2023-05-15', note: '重大事故隐患判定条款' },
  l13: { law: '应急管理部令第13号', title: '《工贸企业有限空间作业安全规定》', inForceSince: '2024-01-01', note: '取代原总局令第59号；条款号未对照原文核对' },
  l6: { law: '应急管理部令第6号', title: '《工贸企业粉尘防爆安全规定》', inForceSince: '2021-09-01', note: '粉尘防爆现行部门规章；原总局令第68号已被取代，原引用改引本规章（条款号未对照原文核对）' },
  l5: { law: '应急管理部令第5号', title: '《高层民用建筑消防安全管理规定》', inForceSince: '2021-08-01', note: '仅适用于高层民用建筑' },
  z3: { law: '原国家安全监管总局令第3号', title: '《生产经营单位安全培训规定》', inForceSince: '2006-03-01', note: '2015年修正文本' },
  z30: { law: '原国家安全监管总局令第30号', title: '《特种作业人员安全技术培训考核管理规定》', inForceSince: '2010-07-01', note: '2015年修正文本' },
  ga61: { law: '公安部令第61号', title: '《机关、团体、企业、事业单位消防安全管理规定》', inForceSince: '2002-05-01', note: '' },
  gb30871: { law: 'GB 30871-2022', title: '《危险化学品企业特殊作业安全规范》', inForceSince: '2022-10-01', note: '适用于危险化学品企业；其他企业的特殊作业参照执行' },
  aq7015: { law: 'AQ 7015-2018', title: '《氨制冷企业安全规范》', inForceSince: '2019-03-01', note: '实施日期与条款号未对照原文核对' },
  gb15603: { law: 'GB 15603-2022', title: '《危险化学品仓库储存通则》', inForceSince: '2023-07-01', note: '条款号未对照原文核对' },
  gb50493: { law: 'GB/T 50493-2019', title: '《石油化工可燃气体和有毒气体检测报警设计标准》', inForceSince: '2020-01-01', note: '石油化工标准；用于工贸企业时为参照' },
  gb50444: { law: 'GB 50444-2008', title: '《建筑灭火器配置验收及检查规范》', inForceSince: '2008-11-01', note: '条款号未对照原文核对' },
  gb35181: { law: 'GB 35181-2017', title: '《重大火灾隐患判定方法》', inForceSince: '2018-07-01', note: '' },
  cr583: { law: '城镇燃气管理条例', title: '《城镇燃气管理条例》（国务院令第583号）', inForceSince: '2011-03-01', note: '2016年修订文本；条号未对照原文核对' },
  gb50028: { law: 'GB 50028-2006', title: '《城镇燃气设计规范》', inForceSince: '2006-11-01', note: '2020年局部修订；条款号未对照原文核对' },
  gb18218: { law: 'GB 18218-2018', title: '《危险化学品重大危险源辨识》', inForceSince: '2019-03-01', note: '' },
  jbjl: { law: '安全生产领域举报奖励办法', title: '《安全生产领域举报奖励办法》（安监总财〔2018〕19号）', inForceSince: '2018-01-04', note: '12350热线的出处未对照原文核对' },
  zjg: { law: '张家港“六化”工作方案', title: '张家港市安全生产“六化”建设工作方案（2024）', inForceSince: '2024-03-21', note: '地方工作要求，非法律条款（种子文件004）' },
  xzcf: { law: '行政处罚法', title: '《中华人民共和国行政处罚法》', inForceSince: '2021-07-15', note: '2021年1月22日修订文本' },
  cfbf: { law: '安全生产违法行为行政处罚办法', title: '《安全生产违法行为行政处罚办法》（原国家安全监管总局令第15号）', inForceSince: '2008-01-01', note: '2015年修正文本' },
  know: { law: '安全常识', title: '安全生产与消防常识（非法定依据）', inForceSince: '', note: '常识性知识，不作为法律依据引用' },
} satisfies Record<string, Instrument>;

export type InstrumentId = keyof typeof INSTRUMENTS;
