import type { EnforcementCase } from '@anxun/shared-schema';

const at = '2026-06-01T09:30:00+08:00';

/** A case (立案) of an enterprise of 杨舍镇, handled by the two demo enforcement officers. */
export function caseFor(enterpriseId: string, id: string, openedBy = 'u-enforcer-1', overrides: Partial<EnforcementCase> = {}): EnforcementCase {
  return {
    id, enterpriseId, hazardIds: [], caseNo: `AB12-20260601-${id.slice(-6)}`, townCode: '320582100', townName: '杨舍镇',
    party: { name: '测试企业', uscc: '91320582MA1X00000X', address: '杨舍镇', legalRepresentative: '张三' },
    cause: '未采取措施消除事故隐患', facts: '除尘系统未设泄爆装置，经责令限期整改逾期未整改。', violatedKey: 'aqf.41.2', penaltyKey: 'aqf.102', status: 'filed',
    officers: [{ id: 'u-enforcer-1', name: '陈立新', certNo: '32000000001' }, { id: 'u-enforcer-2', name: '刘文静', certNo: '32000000002' }],
    openedBy, openedAt: at, updatedAt: at, ...overrides,
  };
}
