import { describe, expect, it } from 'vitest';
import type { InspectionFacts } from './kpi';
import { officerActivity, type PatrolFacts } from './officerActivity';
import { trackLength } from './patrol';

// Along a meridian 0.01° of latitude is 2πR/36000 = 1111.949 m (R = 6,371 km, as distanceMetres).
const STEP_M = 1111.949;
const fix = (t: string, lat: number, acc = 10) => ({ t, lat, lon: 120.5, acc });
const patrol = (over: Partial<PatrolFacts>): PatrolFacts => ({ officerId: 'o1', startedAt: '2026-03-01T01:00:00Z', points: [], checkIns: [], ...over });
const inspection = (over: Partial<InspectionFacts>): InspectionFacts => ({ enterpriseId: 'e1', officerIds: ['o1'], selfCheck: false, finishedAt: '2026-03-01T02:00:00Z', ...over });

describe('officer activity', () => {
  it('gives every officer asked for a row of zeros when there are no patrols or inspections, in the order asked', () => {
    expect(officerActivity(['o2', 'o1'], [], [], '2026-03-01', '2026-03-31')).toEqual([
      { officerId: 'o2', inspections: 0, patrols: 0, distanceMetres: 0, patrolMinutes: 0, checkIns: 0 },
      { officerId: 'o1', inspections: 0, patrols: 0, distanceMetres: 0, patrolMinutes: 0, checkIns: 0 },
    ]);
  });

  it('counts government inspections the officer took part in, finished in the period, not self-checks', () => {
    const inspections = [
      inspection({}),
      inspection({ officerIds: ['o1', 'o2'] }),
      inspection({ selfCheck: true }),
      inspection({ officerIds: ['o2'] }),
      inspection({ finishedAt: undefined }),
      inspection({ finishedAt: '2026-03-31T16:00:00Z' }), // 00:00 on 1 April in Shanghai
    ];
    const [o1, o2] = officerActivity(['o1', 'o2'], inspections, [], '2026-03-01', '2026-03-31');
    expect([o1?.inspections, o2?.inspections]).toEqual([2, 2]);
  });

  describe('across midnight in Asia/Shanghai', () => {
    // 23:00 on 1 March to 01:00 on 2 March in Shanghai (15:00–17:00 UTC).
    const night = patrol({
      startedAt: '2026-03-01T15:00:00Z', endedAt: '2026-03-01T17:00:00Z',
      points: [fix('2026-03-01T15:00:00Z', 31.0), fix('2026-03-01T15:30:00Z', 31.01), fix('2026-03-01T16:30:00Z', 31.02), fix('2026-03-01T17:00:00Z', 31.03)],
      checkIns: [{ at: '2026-03-01T15:45:00Z', onSite: true }, { at: '2026-03-01T16:15:00Z', onSite: true }, { at: '2026-03-01T16:20:00Z', onSite: false }],
    });
    const day = (date: string) => officerActivity(['o1'], [inspection({ finishedAt: '2026-03-01T16:30:00Z' })], [night], date, date)[0];

    it('counts only check-ins on site: the one 800 m away on the 2nd is no visit', () => {
      expect(day('2026-03-02')?.checkIns).toBe(1);
    });

    it('splits the time at midnight and counts the patrol on both days', () => {
      expect(day('2026-03-01')).toMatchObject({ patrols: 1, patrolMinutes: 60, checkIns: 1, inspections: 0 });
      expect(day('2026-03-02')).toMatchObject({ patrols: 1, patrolMinutes: 60, checkIns: 1, inspections: 1 });
      expect(day('2026-02-28')).toMatchObject({ patrols: 0, patrolMinutes: 0, distanceMetres: 0 });
    });

    it('gives each stretch to the day of the fix that ends it, so the days add up to the track', () => {
      // 23:00→23:30 is on 1 March; 23:30→00:30 ends on 2 March, and so does 00:30→01:00.
      expect(day('2026-03-01')?.distanceMetres).toBeCloseTo(STEP_M, 0);
      expect(day('2026-03-02')?.distanceMetres).toBeCloseTo(2 * STEP_M, 0);
      const both = officerActivity(['o1'], [], [night], '2026-03-01', '2026-03-02')[0];
      expect(both?.distanceMetres).toBeCloseTo(trackLength(night.points), 6);
      expect(both?.patrolMinutes).toBe(120);
    });
  });

  it('counts the overlap of two patrols running at once only once in the time, and both patrols', () => {
    const a = patrol({ startedAt: '2026-03-01T01:00:00Z', endedAt: '2026-03-01T03:00:00Z' });
    const b = patrol({ startedAt: '2026-03-01T02:00:00Z', endedAt: '2026-03-01T04:00:00Z' });
    const c = patrol({ startedAt: '2026-03-01T06:00:00Z', endedAt: '2026-03-01T06:30:00Z' });
    expect(officerActivity(['o1'], [], [a, b, c], '2026-03-01', '2026-03-01')[0]).toMatchObject({ patrols: 3, patrolMinutes: 180 + 30 });
  });

  it('ends a patrol that was never stopped at its last fix, and leaves inaccurate fixes out of the distance', () => {
    const open = patrol({
      startedAt: '2026-03-01T01:00:00Z',
      points: [fix('2026-03-01T01:00:00Z', 31.0), fix('2026-03-01T01:20:00Z', 31.5, 500), fix('2026-03-01T01:45:00Z', 31.01)],
    });
    const [row] = officerActivity(['o1'], [], [open], '2026-03-01', '2026-03-31');
    expect(row?.patrolMinutes).toBe(45);
    expect(row?.distanceMetres).toBeCloseTo(STEP_M, 0);
  });

  it('keeps other officers’ patrols out', () => {
    const theirs = patrol({ officerId: 'o2', endedAt: '2026-03-01T02:00:00Z', points: [fix('2026-03-01T01:00:00Z', 31), fix('2026-03-01T02:00:00Z', 31.01)] });
    expect(officerActivity(['o1'], [], [theirs], '2026-03-01', '2026-03-01')[0]).toMatchObject({ patrols: 0, patrolMinutes: 0, distanceMetres: 0 });
  });
});
