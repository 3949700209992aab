import type { Principal } from '@anxun/shared-schema';
import { CITY_AREA, TOWNS } from './demoPlaces';

/** Demo logins printed at start. One password for all: this is demo data, never production. */
export const DEMO_PASSWORD = 'anxun2026';

/** People by real-looking names (issue 13, item 14): a screen shows a person, never a role or an id. Logins and ids never change. */
export const DEMO_USERS: (Principal & { label: string })[] = [
  { label: '网格员 grid officer', userId: 'u-officer-1', username: 'wangge', displayName: '王建国', role: 'officer', officerKind: 'grid', gridIds: ['grid-ys-01', 'grid-ys-03'] },
  { label: '网格员 grid officer (网格二)', userId: 'u-officer-2', username: 'wangge2', displayName: '李海燕', role: 'officer', officerKind: 'grid', gridIds: ['grid-ys-02'] },
  { label: '网格员 grid officer (塘桥镇)', userId: 'u-officer-3', username: 'wangge3', displayName: '周志强', role: 'officer', officerKind: 'grid', gridIds: ['grid-tq-01'] },
  { label: '执法人员 enforcement officer', userId: 'u-enforcer-1', username: 'zhifa', displayName: '陈立新', role: 'officer', officerKind: 'enforcement', gridIds: ['grid-ys-01'] },
  { label: '第三方专家 expert', userId: 'u-expert-1', username: 'zhuanjia', displayName: '吴振华', role: 'officer', officerKind: 'expert', gridIds: ['grid-ys-01'] },
  { label: '企业安全员 enterprise', userId: 'u-ent-1', username: 'qiye', displayName: '钱卫东', role: 'enterprise', gridIds: [], enterpriseId: 'ent-001' },
  { label: '企业安全员 enterprise (另一家)', userId: 'u-ent-2', username: 'qiye2', displayName: '孙丽娟', role: 'enterprise', gridIds: [], enterpriseId: 'ent-002' },
  { label: '镇监管 town supervisor', userId: 'u-sup-1', username: 'jianguan', displayName: '沈国平', role: 'supervisor', gridIds: [], areaCode: TOWNS.yangshe.code },
  { label: '市监管 city supervisor', userId: 'u-sup-city', username: 'shijianguan', displayName: '顾晓东', role: 'supervisor', gridIds: [], areaCode: CITY_AREA },
  // 双随机 inspector pool: a town enforcement officer bound to no grid (her area is the town).
  { label: '执法人员 enforcement officer (镇)', userId: 'u-enforcer-2', username: 'zhifa2', displayName: '刘文静', role: 'officer', officerKind: 'enforcement', gridIds: [], areaCode: TOWNS.yangshe.code },
  // 系统管理员 of the town: its ledger, grids, people and checklists (issue 14).
  { label: '系统管理员 administrator', userId: 'u-admin', username: 'admin', displayName: '许文斌', role: 'admin', gridIds: [], areaCode: TOWNS.yangshe.code },
];
