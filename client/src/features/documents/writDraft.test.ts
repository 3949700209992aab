import { describe, expect, it } from 'vitest';
import { initialStatus, Writ, type Enterprise, type Hazard, type HazardEvent, type Inspection } from '@anxun/shared-schema';
import { draftWrit } from './writDraft';

const enterprise: Enterprise = {
  id: 'ent-001', name: '张家港市恒达机械有限公司', uscc: '91320582MA1X00000X', usccWarningAccepted: true, regAddress: '杨舍镇人民路1号', siteAddress: '杨舍镇东城社区港城大道8号',
  areaCode: '320582100001', townName: '杨舍镇', villageName: '东城社区', gridIds: ['grid-ys-01'], industryCode: '3311', supervisionCategory: 'machinery', lineDepartment: '',
  scale: 'belowSize', headcount: 40, operatingStatus: 'operating', riskColour: 'yellow', tags: [], boundOfficerIds: [], landlord: '', notes: '', updatedAt: '2026-01-01T00:00:00Z',
  people: [{ id: 'p1', role: 'safetyOfficer', name: '李安全' }, { id: 'p2', role: 'principal', name: '张法人', phone: '13800000000' }],
};
const hazard: Hazard = {
  id: 'h-1', no: 'YH-1', enterpriseId: 'ent-001', title: '灭火器过期', description: '二楼仓库灭火器压力不足', location: '二楼仓库', category: 'siteManagement', proposedLevel: 'general',
  basis: 'GB 50140', source: 'gridPatrol', foundBy: 'u-officer-1', foundAt: '2026-11-30T02:00:00Z', photosBefore: ['a'.repeat(64)], requiredMeasures: '更换灭火器', updatedAt: '2026-11-30T02:00:00Z',
};
const inspection: Inspection = {
  id: 'i-1', enterpriseId: 'ent-001', templateId: 't', templateVersion: 1, type: 'enforcement', status: 'finished', officerIds: ['u-enforcer-1'], startedAt: '2026-11-30T01:30:00Z',
  answers: [], summary: '检查20项，不符合1项', signatures: [
    { signerName: '陈立新', signerRole: 'officer', refused: false, at: '2026-11-30T03:00:00Z' },
    { signerName: '王建国', signerRole: 'officer', refused: false, at: '2026-11-30T03:00:00Z' },
  ], updatedAt: '2026-11-30T03:00:00Z',
};
const event = (type: HazardEvent['type'], payload: HazardEvent['payload'], at: string, accepted = true): HazardEvent => ({
  id: `e-${type}-${at}`, hazardId: 'h-1', enterpriseId: 'ent-001', type, payload, actorId: 'u-officer-1', actorRole: 'officer', actorName: '王建国', deviceId: 'd', deviceTime: at, updatedAt: at,
  verdict: { accepted, seq: 1, at },
});
const base = { id: 'w-1', enterprise, issuer: { userId: 'u-enforcer-1', displayName: '陈立新' }, deviceId: 'dev-00ab12', existingNos: ['AB12-20261201-001'], now: new Date('2026-12-01T02:00:00Z') };

describe('draftWrit', () => {
  it('copies party, hazards, deadline and the next provisional number into a valid writ', () => {
    const writ = draftWrit({ ...base, kind: 'orderToRectify', inspection, hazards: [{ hazard, status: { ...initialStatus(hazard), deadline: '2026-12-15' }, events: [] }] });
    expect(Writ.parse(writ)).toEqual(writ);
    expect(writ.provisionalNo).toBe('AB12-20261201-002');
    expect(writ.officialNo).toBeUndefined();
    expect(writ.party).toEqual({ name: enterprise.name, uscc: enterprise.uscc, address: enterprise.siteAddress, legalRepresentative: '张法人', phone: '13800000000' });
    expect(writ.deadline).toBe('2026-12-15');
    expect(writ.legalBasis).toContain('2026年12月15日前整改完毕');
    expect(writ.items[0]).toEqual(expect.objectContaining({ title: '灭火器过期', location: '二楼仓库', measures: '更换灭火器', deadline: '2026-12-15' }));
    // Two enforcement officers: the issuer and the other officer who signed the inspection.
    expect(writ.officers.map((o) => o.name)).toEqual(['陈立新', '王建国']);
    expect(writ.townCode).toBe('320582100');
  });

  it('sets no writ deadline on a 现场检查记录, which only reports the items’ deadlines', () => {
    const writ = draftWrit({ ...base, kind: 'onsiteRecord', inspection, hazards: [{ hazard, status: { ...initialStatus(hazard), deadline: '2026-12-15' }, events: [] }] });
    expect(writ.deadline).toBeUndefined();
    expect(writ.items[0]?.deadline).toBe('2026-12-15');
    expect(writ.findings).toBe('检查20项，不符合1项');
  });

  it('takes each hazard’s accepted re-check verdict and evidence photos into a 整改复查意见书', () => {
    const events = [
      event('submitRectification', { measures: '已更换', photos: ['b'.repeat(64)] }, '2026-12-02T01:00:00Z'),
      event('verify', { passed: false, reason: '仍未更换' }, '2026-12-03T01:00:00Z', false),
      event('verify', { passed: true, reason: '已更换合格灭火器' }, '2026-12-04T01:00:00Z'),
    ];
    const writ = draftWrit({ ...base, kind: 'recheckOpinion', hazards: [{ hazard, status: initialStatus(hazard), events }] });
    expect(writ.items[0]?.recheck).toEqual({ passed: true, opinion: '已更换合格灭火器' });
    expect(writ.items[0]?.photosAfter).toEqual(['b'.repeat(64)]);
    expect(writ.inspectedAt).toBe('2026-12-04T01:00:00Z');
    expect(writ.findings).toBe('复查隐患1项，已整改1项，未整改或整改不合格0项。');
  });

  it('has a 整改复查意见书 refer to the number of the order it re-checks, provisional until numbered', () => {
    const order = draftWrit({ ...base, kind: 'orderToRectify', inspection, hazards: [{ hazard, status: { ...initialStatus(hazard), deadline: '2026-12-15' }, events: [] }] });
    const recheck = (priorWrits: Writ[]) => draftWrit({ ...base, kind: 'recheckOpinion', priorWrits, hazards: [{ hazard, status: initialStatus(hazard), events: [] }] }).legalBasis;
    expect(recheck([order])).toContain(`《责令限期整改指令书》（临时编号${order.provisionalNo}）`);
    expect(recheck([{ ...order, officialNo: '杨舍应急责改〔2026〕3号' }])).toContain('《责令限期整改指令书》（杨舍应急责改〔2026〕3号）');
    expect(recheck([])).not.toContain('收到');
  });

  it('refuses a 责令限期整改指令书 with one enforcement officer, saying what to do', () => {
    const alone = draftWrit({ ...base, kind: 'orderToRectify', inspection: { ...inspection, signatures: [] }, hazards: [{ hazard, status: initialStatus(hazard), events: [] }] });
    const parsed = Writ.safeParse(alone);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('请填写第二名执法人员');
  });
});
