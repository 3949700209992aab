import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from './enforcementCase';
import { EnforcementCase as CaseSchema } from './enforcementCase';
import { foldHazard } from './hazardFold';
import { sampleEvent, sampleHazard } from './testing';
import { isFirstViolation, violationHistory } from './violationHistory';

const officer = { role: 'officer', kind: 'grid', id: 'u-grid' } as const;
const judged = (e: ReturnType<typeof sampleEvent>, seq: number) => ({ ...e, verdict: { accepted: true, seq, at: '2026-03-01T02:00:00.000Z' } });
const view = (id: string, enterpriseId: string, events: ReturnType<typeof sampleEvent>[], level: 'general' | 'major' = 'general') => {
  const hazard = sampleHazard({ id, enterpriseId, proposedLevel: level });
  const own = events.map((e, i) => judged({ ...e, hazardId: id, enterpriseId }, i + 1));
  return { hazard, status: foldHazard(hazard, own) };
};
const kase = (id: string, overrides: Partial<EnforcementCase>): EnforcementCase => ({
  id, enterpriseId: 'ent-1', hazardIds: [], caseNo: `杨舍应急立审〔2026〕${id.slice(-1)}号`, townCode: '320582100', townName: '杨舍镇',
  party: { name: '某厂', uscc: '', address: '', legalRepresentative: '' }, cause: '未消除隐患', facts: '', violatedKey: 'aqf.41.2', status: 'closed',
  officers: [{ id: 'a', name: '甲' }, { id: 'b', name: '乙' }], openedBy: 'a', openedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...overrides,
});

describe('violation history beside 首违不罚', () => {
  it('counts issued hazards of the enterprise only, major and overdue among them, and names penalised closed cases', () => {
    const hazards = [
      view('h1', 'ent-1', [sampleEvent('assign', { deadline: '2026-03-10' }, officer)]), // overdue on 03-20
      view('h2', 'ent-1', [sampleEvent('report', {}, officer)], 'major'),
      view('h3', 'ent-1', []), // a draft is no violation
      view('h4', 'ent-1', [sampleEvent('report', {}, officer), sampleEvent('reject', { reason: '不属实' }, officer)]),
      view('h5', 'ent-2', [sampleEvent('assign', { deadline: '2026-03-10' }, officer)]),
    ];
    const cases = [
      kase('c1', {}),
      kase('c2', { firstViolation: { exempt: true, reason: '初次违法、及时改正', correction: '当场整改', history: { pastHazards: 0, pastMajorHazards: 0, overdueHazards: 0, closedCases: 0, penalisedCaseNos: [] }, decidedBy: 'a', decidedByName: '甲', decidedAt: '2026-01-01T00:00:00Z' } }),
      kase('c3', { status: 'investigating' }),
      kase('c4', { enterpriseId: 'ent-2' }),
    ];
    const history = violationHistory('ent-1', hazards, cases, '2026-03-20', 'c3');
    expect(history).toEqual({ pastHazards: 2, pastMajorHazards: 1, overdueHazards: 1, closedCases: 2, penalisedCaseNos: ['杨舍应急立审〔2026〕1号'] });
    expect(isFirstViolation(history)).toBe(false);
    expect(isFirstViolation(violationHistory('ent-1', hazards, [cases[1] as EnforcementCase], '2026-03-20'))).toBe(true);
  });

  it('records an exemption only with the correction, and a case only with two officers', () => {
    const decision = { exempt: true, reason: '初次违法', history: { pastHazards: 0, pastMajorHazards: 0, overdueHazards: 0, closedCases: 0, penalisedCaseNos: [] }, decidedBy: 'a', decidedByName: '甲', decidedAt: '2026-01-01T00:00:00Z' };
    expect(CaseSchema.safeParse(kase('c9', { firstViolation: decision })).success).toBe(false);
    expect(CaseSchema.safeParse(kase('c9', { firstViolation: { ...decision, correction: '已当场改正' } })).success).toBe(true);
    expect(CaseSchema.safeParse(kase('c9', { officers: [{ id: 'a', name: '甲' }, { id: 'a', name: '甲' }] })).success).toBe(false);
  });
});
