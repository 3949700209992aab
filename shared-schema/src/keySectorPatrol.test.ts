import { describe, expect, it } from 'vitest';
import { keySectorPatrolRate, type PatrolVisitFacts } from './keySectorPatrol';

const visit = (enterpriseId: string, over: Partial<PatrolVisitFacts> = {}): PatrolVisitFacts => ({
  enterpriseId, officerIds: ['o'], selfCheck: false, finishedAt: '2026-03-10T02:00:00Z', byGridOfficer: true, onSite: true, ...over,
});

describe('重点行业领域巡查率', () => {
  // Five units: three key-sector (construction, transport, town gas), two not (machinery, 九小).
  const units = [
    { id: 'k1', supervisionCategory: 'construction' as const }, { id: 'k2', supervisionCategory: 'transport' as const },
    { id: 'k3', supervisionCategory: 'townGas' as const }, { id: 'n1', supervisionCategory: 'machinery' as const },
    { id: 'n2', supervisionCategory: 'nineSmall' as const },
  ];
  it('counts key-sector units only, each once, visited on site by a grid officer in the period', () => {
    const rate = keySectorPatrolRate(units, [
      visit('k1'), visit('k1', { finishedAt: '2026-03-12T02:00:00Z' }), // twice: one unit
      visit('k2', { byGridOfficer: false }), // an enforcement visit does not count
      visit('k3', { onSite: false }), // an off-site check-in does not count
      visit('k3', { onSite: undefined }), // nor one without a measured position
      visit('n1'), // not a key-sector unit
    ], '2026-03-01', '2026-03-31');
    expect(rate).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
  });
  it('leaves out self-checks, unfinished visits and visits outside the period (Shanghai dates)', () => {
    const rate = keySectorPatrolRate(units, [
      visit('k1', { selfCheck: true }), visit('k2', { finishedAt: undefined }), visit('k3', { finishedAt: '2026-03-31T16:30:00Z' }), // 1 April in Shanghai
    ], '2026-03-01', '2026-03-31');
    expect(rate).toEqual({ numerator: 0, denominator: 3, value: 0 });
    expect(keySectorPatrolRate(units.filter((u) => u.id.startsWith('n')), [], '2026-03-01', '2026-03-31').value).toBeNull();
  });
});
