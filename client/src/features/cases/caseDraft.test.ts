import { describe, expect, it } from 'vitest';
import { EnforcementCase, type Enterprise } from '@anxun/shared-schema';
import { sampleHazard } from '@anxun/shared-schema/testing';
import { draftCase } from './caseDraft';

const enterprise = {
  id: 'ent-001', name: '某机械厂', uscc: '91320582MA1X00000N', regAddress: '注册地', siteAddress: '杨舍镇某路8号', areaCode: '320582100001', townName: '杨舍镇',
  people: [{ id: 'p1', role: 'principal', name: '王某', phone: '13800000000' }],
} as unknown as Enterprise;

describe('立案 from a referred hazard', () => {
  it('drafts a valid case with two officers, the party copied and a provisional number of the device', () => {
    const drafted = draftCase({
      id: 'case-1', hazard: sampleHazard({ enterpriseId: 'ent-001' }), enterprise, cause: '未消除事故隐患', facts: '除尘器未设泄爆装置', violatedKey: 'aqf.41.2', penaltyKey: 'aqf.102',
      opener: { userId: 'u-enforcer-1', displayName: '陈立新', certNo: '' }, second: { name: '刘文静', certNo: '32058200456' }, deviceId: 'dev-a1b2', existingNos: ['A1B2-20261201-001'], now: new Date('2026-12-01T02:00:00Z'),
    });
    expect(EnforcementCase.safeParse(drafted).success).toBe(true);
    expect(drafted).toMatchObject({ status: 'filed', townCode: '320582100', caseNo: 'A1B2-20261201-002', hazardIds: ['hz-1'], party: { name: '某机械厂', address: '杨舍镇某路8号', legalRepresentative: '王某' } });
    expect(drafted.officers.map((o) => o.name)).toEqual(['陈立新', '刘文静']);
  });
});
