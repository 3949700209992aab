import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HazardLevel } from './hazard';
import { HazardEventType, type HazardEvent, type HazardEventPayload } from './hazardEvents';
import { foldHazard } from './hazardFold';
import { judgeEvent, type HazardStatus } from './hazardStateMachine';
import { propertySeeds, sampleEvent, sampleHazard } from './testing';
import type { OfficerKind, Role } from './user';

/*
 * Random event sequences by random users, judged one by one as the server does (hazardJudge):
 * the fold must never close a major hazard but by 核销 of its listing authority, VOIDED is
 * terminal, refused events change nothing, and the server's fold equals the device's.
 */

type Actor = { role: Role; kind?: OfficerKind; area?: string; id: string };
const ACTORS: Actor[] = [
  { role: 'officer', kind: 'grid', id: 'u-grid' },
  { role: 'officer', kind: 'enforcement', id: 'u-enf' },
  { role: 'officer', kind: 'expert', id: 'u-expert' },
  { role: 'enterprise', id: 'u-ent' },
  { role: 'supervisor', area: '320582100', id: 'u-sup-yangshe' },
  { role: 'supervisor', area: '320582101', id: 'u-sup-tangqiao' }, // same level, another town
  { role: 'supervisor', area: '320582', id: 'u-sup-zjg' },
  { role: 'supervisor', area: '3205', id: 'u-sup-suzhou' },
];
const TYPES = HazardEventType.options;
const LEVELS = ['town', 'district', 'city', 'province'] as const;

function payloadFor(type: HazardEventType, actor: Actor, pick: number): HazardEventPayload {
  const own = actor.area?.length === 9 ? 'town' : actor.area?.length === 6 ? 'district' : actor.area?.length === 4 ? 'city' : 'town';
  switch (type) {
    case 'list':
      // Mostly at the actor's own level, sometimes at another one (to be refused).
      return { docNo: '督〔2026〕1号', reviewDate: '2026-05-01', stopProduction: pick % 2 === 0, listingLevel: pick % 5 === 0 ? (LEVELS[pick % 3] ?? 'town') : own };
    case 'filePlan':
      return { measures: '更换泄爆片', responsiblePerson: '王厂长', costYuan: 50000, deadline: '2026-05-01', emergencyPlan: '专项预案' };
    case 'verify':
      return pick % 3 === 0 ? { passed: false, reason: '未整改到位', deadline: '2026-05-01' } : { passed: true };
    case 'reviewResumption':
      return pick % 3 === 0 ? { passed: false, reason: '复查不合格' } : { passed: true };
    case 'approvePlan':
      // Mostly approved, sometimes returned (the enterprise then re-files).
      return { approved: pick % 4 !== 0, reason: '资金未落实' };
    case 'fixOnSpot':
      return { photos: ['a'.repeat(64)] };
    case 'submitRectification':
      // Now and then without its after photo (to be refused).
      return { measures: '措施', ...(pick % 7 === 0 ? {} : { photos: ['b'.repeat(64)] }) };
    default:
      return { deadline: '2026-04-01', reason: '理由', measures: '措施', approved: pick % 2 === 0 };
  }
}

type Step = [actor: number, type: number, guided: boolean, pick: number];
const step = fc.tuple(fc.nat(ACTORS.length - 1), fc.nat(1000), fc.nat(3).map((n) => n > 0), fc.nat(1000)) as fc.Arbitrary<Step>;
const scenario = fc.record({ level: fc.constantFrom<HazardLevel>('general', 'major'), selfCheck: fc.boolean(), steps: fc.array(step, { minLength: 1, maxLength: 40 }) });

const seen = { writtenOff: 0, closedGeneral: 0, voided: 0, samePerson: 0, majorVerifyRefused: 0, refused: 0, listingMismatch: 0 };

/** Plays a scenario as the server would; returns the judged events and each step's status. */
type Scenario = { level: HazardLevel; selfCheck: boolean; steps: Step[] };
function play({ level, selfCheck, steps }: Scenario) {
  const hazard = sampleHazard({ proposedLevel: level, source: selfCheck ? 'enterpriseSelfCheck' : 'gridPatrol' });
  const judged: HazardEvent[] = [];
  const statuses: HazardStatus[] = [foldHazard(hazard, [])];
  for (const [n, [a, t, guided, pick]] of steps.entries()) {
    const status = statuses[statuses.length - 1] as HazardStatus;
    // Guided steps pick among the moves some user may make now (voiding and side events seldom),
    // so long loops such as 挂牌 → 核销 do happen; the others are any event by anyone.
    const sideline = (type: HazardEventType) => type === 'comment' || type === 'referToEnforcement' || (type === 'void' && pick % 15 !== 0);
    const tries = ACTORS.flatMap((actor) => TYPES.filter((type) => !sideline(type)).map((type) => ({ actor, type })))
      .map((m) => ({ ...m, judgement: judgeEvent(hazard, status, sampleEvent(m.type, payloadFor(m.type, m.actor, 1), m.actor)) }));
    // Now and then an attempt a guard refuses (right state and role, wrong person, level or hazard).
    const guarded = tries.filter((m) => !m.judgement.ok && m.judgement.code !== 'invalid_transition' && m.judgement.code !== 'role_not_allowed');
    const moves = pick % 4 === 0 && guarded.length > 0 ? guarded : tries.filter((m) => m.judgement.ok);
    const move = guided && moves.length > 0 ? moves[t % moves.length] : undefined;
    const actor = move?.actor ?? ACTORS[a] ?? (ACTORS[0] as Actor);
    const type = move?.type ?? (TYPES[t % TYPES.length] as HazardEventType);
    // Device clocks far in the past (and in order); the server's clock is what counts.
    const deviceTime = new Date(Date.UTC(2001, 0, 1, 0, n)).toISOString();
    const event = sampleEvent(type, payloadFor(type, actor, pick), actor, { deviceTime, updatedAt: deviceTime });
    const judgement = judgeEvent(hazard, status, event);
    const at = new Date(Date.UTC(2026, 2, 1, 0, n)).toISOString();
    judged.push({ ...event, verdict: judgement.ok ? { accepted: true, seq: n + 1, at } : { accepted: false, code: judgement.code, reason: judgement.reason, seq: n + 1, at } });
    statuses.push(foldHazard(hazard, judged));
  }
  return { hazard, judged, statuses };
}

function checkScenario(input: Scenario) {
  const { hazard, judged, statuses } = play(input);
  let listedBy: string | undefined;
  let recheckPassed = false;
  for (const [i, event] of judged.entries()) {
    const before = statuses[i] as HazardStatus;
    const after = statuses[i + 1] as HazardStatus;
    const { rejected: _b, appliedEventIds: _ba, ...beforeRest } = before;
    const { rejected: _a, appliedEventIds: _aa, ...afterRest } = after;
    if (!event.verdict?.accepted) {
      seen.refused += 1;
      if (event.verdict?.code === 'same_person_confirmation') seen.samePerson += 1;
      if (event.verdict?.code === 'major_needs_writeoff') seen.majorVerifyRefused += 1;
      if (event.verdict?.code === 'listing_level_mismatch') seen.listingMismatch += 1;
      expect(afterRest, `refused ${event.type} changed the status`).toEqual(beforeRest);
      continue;
    }
    if (event.type === 'list') listedBy = event.actorAreaCode;
    if (event.type === 'reviewResumption' && event.payload.passed) recheckPassed = true;
    if (before.state === 'VOIDED') expect(after.state, 'VOIDED is terminal').toBe('VOIDED');
    if (after.state === 'VOIDED' && before.state !== 'VOIDED') seen.voided += 1;
    const closes = (after.state === 'CLOSED' || after.state === 'WRITTEN_OFF') && before.state !== after.state;
    if (closes && before.level === 'major') {
      expect(event.type, 'a major hazard closes only by 核销').toBe('delist');
      expect(recheckPassed, '核销 only after a passed 复查').toBe(true);
      expect(event.actorAreaCode, 'only the listing authority writes off').toBe(listedBy);
      expect(after.state).toBe('WRITTEN_OFF');
      seen.writtenOff += 1;
    }
    if (closes && after.state === 'CLOSED') seen.closedGeneral += 1;
    if (closes) expect(after.closedAt, 'closedAt is the server’s time').toBe(event.verdict.at);
  }
  // The server's fold of the judged events equals the device's fold of the same events unjudged.
  const server = foldHazard(hazard, judged);
  const device = foldHazard(hazard, judged.map(({ verdict: _v, ...e }) => e));
  // Times are the server's once judged, the device's before (closedAt, the referral's).
  const referral = (s: HazardStatus) => (s.referral ? { ...s.referral, referredAt: '', decidedAt: s.referral.decidedAt === undefined ? undefined : '' } : undefined);
  const comparable = (s: HazardStatus) => ({ ...s, referral: referral(s), closedAt: undefined, appliedEventIds: [], pendingEventIds: [], rejected: s.rejected.map((r) => r.eventId) });
  expect(comparable(device)).toEqual(comparable(server));
  expect(server.appliedEventIds).toEqual(device.pendingEventIds);
}

describe('hazard fold over random event sequences', () => {
  // Regression seeds stay pinned; one seed per run is new, printed in the test's name so a failure
  // can be replayed (ANXUN_PROPERTY_SEED) and then pinned here.
  for (const seed of propertySeeds([1, 20261201, 424242]).seeds) {
    it(`keeps the loop's invariants (seed ${seed})`, () => {
      fc.assert(fc.property(scenario, (input) => checkScenario(input)), { seed, numRuns: 200 });
      // 200 runs take 2–4 s on the shared 2-core machine; the default 5 s failed under the full suite.
    }, 30_000);
  }

  it('met the cases that matter in the runs above (else they proved little)', () => {
    for (const [name, count] of Object.entries(seen)) expect(count, `${name} in ${JSON.stringify(seen)}`).toBeGreaterThan(0);
  });
});
