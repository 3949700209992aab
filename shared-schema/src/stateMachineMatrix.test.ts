import { describe, expect, it } from 'vitest';
import type { HazardLevel, HazardSource } from './hazard';
import { HazardEventType, type HazardEventPayload } from './hazardEvents';
import { HAZARD_STATES, initialStatus, judgeEvent, type HazardState, type HazardStatus } from './hazardStateMachine';
import { AFTER_PHOTO, sampleEvent, sampleHazard } from './testing';
import type { OfficerKind, Role } from './user';

/*
 * Every event × role × state × level × source, against a table written from the domain brief
 * (§1.2 roles, §3.2 transitions) and issue 11, NOT from TRANSITION_RULES: if a rule is loosened
 * or tightened there, this table disagrees.
 */

const TOWN = '320582100'; // 杨舍镇: a town supervisor, the listing authority below
const CITY = '320582'; // 张家港市 (county-level city): listing level 'district'

type Who = 'grid' | 'enforcement' | 'expert' | 'enterprise' | 'supTown' | 'supCity';
const WHO: Record<Who, { role: Role; kind?: OfficerKind; area?: string; id: string }> = {
  grid: { role: 'officer', kind: 'grid', id: 'u-grid' },
  enforcement: { role: 'officer', kind: 'enforcement', id: 'u-enf' },
  expert: { role: 'officer', kind: 'expert', id: 'u-expert' },
  enterprise: { role: 'enterprise', id: 'u-ent' },
  supTown: { role: 'supervisor', area: TOWN, id: 'u-sup-town' },
  supCity: { role: 'supervisor', area: CITY, id: 'u-sup-city' },
};
const OFFICERS: Who[] = ['grid', 'enforcement', 'expert'];
const CONFIRMERS: Who[] = ['grid', 'enforcement']; // officers who may confirm, assign and close (not experts)
const SUPERVISORS: Who[] = ['supTown', 'supCity'];
const EVERYONE: Who[] = ['grid', 'enforcement', 'expert', 'enterprise', 'supTown', 'supCity'];

const OPEN: HazardState[] = ['REPORTED', 'RECTIFYING', 'EXTENSION_REQUESTED', 'SUBMITTED', 'ESCALATED', 'LISTED', 'PLAN_APPROVED', 'RESUMPTION_REQUESTED', 'RECHECK_PASSED'];
const LISTED_STATES: HazardState[] = ['LISTED', 'PLAN_APPROVED', 'RESUMPTION_REQUESTED', 'RECHECK_PASSED'];

interface Case { type: HazardEventType; who: Who; state: HazardState; level: HazardLevel; selfCheck: boolean }

/** The domain's answer: may `who` do `type` here? */
function expected({ type, who, state, level, selfCheck }: Case): boolean {
  const is = (...whos: Who[]) => whos.includes(who);
  const major = level === 'major';
  switch (type) {
    case 'assign':
    case 'fixOnSpot':
      // General hazards only; the enterprise only for its own self-check; never an expert.
      return state === 'DRAFT' && !major && (is(...CONFIRMERS, ...SUPERVISORS) || (who === 'enterprise' && selfCheck));
    case 'report':
      return state === 'DRAFT' && (is(...OFFICERS, ...SUPERVISORS) || (who === 'enterprise' && selfCheck));
    case 'confirmGeneral':
      // First level for a general finding; a proposed major one needs the second level (a supervisor).
      return state === 'REPORTED' && (major ? is(...SUPERVISORS) : is(...CONFIRMERS, ...SUPERVISORS));
    case 'escalate':
      return (state === 'REPORTED' || (state === 'RECTIFYING' && !major)) && is(...CONFIRMERS, ...SUPERVISORS);
    case 'confirmMajor':
    case 'downgrade':
      return state === 'ESCALATED' && is(...SUPERVISORS);
    case 'reject':
      if (state === 'ESCALATED') return is(...SUPERVISORS);
      return state === 'REPORTED' && (major ? is(...SUPERVISORS) : is(...CONFIRMERS, ...SUPERVISORS));
    case 'requestExtension':
      return state === 'RECTIFYING' && is('enterprise', ...OFFICERS);
    case 'decideExtension':
      return state === 'EXTENSION_REQUESTED' && is(...CONFIRMERS, ...SUPERVISORS);
    case 'submitRectification':
      return (state === 'RECTIFYING' || state === 'EXTENSION_REQUESTED') && is('enterprise', ...OFFICERS);
    case 'verify':
      // 销号 of general hazards only: a major hazard is written off (核销) by its listing authority.
      return state === 'SUBMITTED' && !major && (is(...CONFIRMERS, ...SUPERVISORS) || (who === 'enterprise' && selfCheck));
    case 'list':
      return ['RECTIFYING', 'EXTENSION_REQUESTED', 'SUBMITTED'].includes(state) && major && is(...SUPERVISORS);
    case 'filePlan':
      // 五落实 is the enterprise's own plan, filed while listed and not yet approved.
      return state === 'LISTED' && who === 'enterprise';
    case 'approvePlan':
      return state === 'LISTED' && who === 'supTown'; // listed by the town (a plan is filed in statusAt)
    case 'requestResumption':
      return state === 'PLAN_APPROVED' && is('enterprise', ...OFFICERS);
    case 'reviewResumption':
      return state === 'RESUMPTION_REQUESTED' && who === 'supTown';
    case 'delist':
      // 核销 only after a passed 复查, only by the listing authority (the town here).
      return state === 'RECHECK_PASSED' && who === 'supTown';
    case 'referToEnforcement':
      return OPEN.includes(state) && is(...OFFICERS, ...SUPERVISORS);
    case 'acceptReferral':
    case 'returnReferral':
      return false; // nothing referred in these statuses (the referral tests below cover it)
    case 'void':
      return (state === 'DRAFT' || OPEN.includes(state)) && is(...SUPERVISORS);
    case 'comment':
      return is(...EVERYONE);
  }
}

const PAYLOAD: Record<HazardEventType, HazardEventPayload> = {
  assign: { deadline: '2026-04-01' }, fixOnSpot: { photos: ['a'.repeat(64)] }, report: {}, confirmGeneral: { deadline: '2026-04-01' },
  escalate: {}, confirmMajor: { deadline: '2026-04-01' }, downgrade: { deadline: '2026-04-01' }, reject: { reason: '不属实' },
  requestExtension: { reason: '设备未到', deadline: '2026-05-01' }, decideExtension: { approved: true }, submitRectification: { measures: '已整改', photos: [AFTER_PHOTO] },
  verify: { passed: true }, list: { docNo: '张安委〔2026〕1号', reviewDate: '2026-05-01' }, approvePlan: { approved: true },
  filePlan: { measures: '更换泄爆片', responsiblePerson: '王厂长', costYuan: 50000, deadline: '2026-05-01', emergencyPlan: '粉尘爆炸专项预案' }, delist: {}, requestResumption: {}, reviewResumption: { passed: true },
  referToEnforcement: {}, acceptReferral: {}, returnReferral: { reason: '不属于执法范围' }, void: { reason: '重复录入' }, comment: { text: '补充' },
};
const OWN_LEVEL: Partial<Record<Who, 'town' | 'district'>> = { supTown: 'town', supCity: 'district' };

/** A status at `state`; in the listed states the town listed it; someone else proposed the major level. */
function statusAt(state: HazardState, level: HazardLevel, source: HazardSource): HazardStatus {
  const base = initialStatus(sampleHazard({ source, proposedLevel: level }));
  const listed = LISTED_STATES.includes(state);
  const plan = { measures: 'm', responsiblePerson: 'p', costYuan: 1, deadline: '2026-05-01', emergencyPlan: 'e', state: 'filed' as const, filedBy: 'u-ent' };
  return {
    ...base, state, level, majorProposedBy: ['u-proposer'],
    ...(listed ? { listing: { level: 'town', docNo: '杨安委〔2026〕1号', areaCode: TOWN }, plan } : {}),
  };
}

describe('state machine matrix (event × role × state × level × source)', () => {
  const cases: Case[] = [];
  for (const type of HazardEventType.options) for (const who of Object.keys(WHO) as Who[]) for (const state of HAZARD_STATES)
    for (const level of ['general', 'major'] as const) for (const selfCheck of [false, true]) cases.push({ type, who, state, level, selfCheck });

  it('judges every combination as the domain table says', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const source: HazardSource = c.selfCheck ? 'enterpriseSelfCheck' : 'gridPatrol';
      const hazard = sampleHazard({ source, proposedLevel: c.level });
      const actor = WHO[c.who];
      const listingLevel = OWN_LEVEL[c.who] ?? 'town';
      const payload = c.type === 'list' ? { ...PAYLOAD.list, listingLevel } : PAYLOAD[c.type];
      const judgement = judgeEvent(hazard, statusAt(c.state, c.level, source), sampleEvent(c.type, payload, actor));
      if (judgement.ok !== expected(c)) wrong.push(`${c.type} by ${c.who} at ${c.state} (${c.level}${c.selfCheck ? ', self-check' : ''}): judged ${judgement.ok ? 'ok' : `no (${judgement.code})`}`);
    }
    expect(cases.length).toBe(HazardEventType.options.length * 6 * HAZARD_STATES.length * 4);
    expect(wrong).toEqual([]);
  });

  it('accepts nothing but a comment in a terminal state', () => {
    for (const state of ['REJECTED', 'CLOSED', 'WRITTEN_OFF', 'VOIDED'] as const) {
      const accepted = cases.filter((c) => c.state === state && expected(c)).map((c) => c.type);
      expect(new Set(accepted)).toEqual(new Set(['comment']));
    }
  });
});

describe('guards the matrix holds fixed', () => {
  const major = sampleHazard({ proposedLevel: 'major' });
  const judge = (state: HazardState, type: HazardEventType, payload: HazardEventPayload, actor: (typeof WHO)[Who], proposer = 'u-proposer') =>
    judgeEvent(major, { ...statusAt(state, 'major', 'gridPatrol'), majorProposedBy: [proposer] }, sampleEvent(type, payload, actor));

  it('refuses the proposer of a major hazard its own second-level decision', () => {
    for (const [state, type, payload] of [
      ['ESCALATED', 'confirmMajor', PAYLOAD.confirmMajor], ['ESCALATED', 'downgrade', PAYLOAD.downgrade], ['ESCALATED', 'reject', PAYLOAD.reject],
      ['REPORTED', 'confirmGeneral', PAYLOAD.confirmGeneral], ['REPORTED', 'reject', PAYLOAD.reject],
    ] as const) {
      expect(judge(state, type, payload, WHO.supTown, 'u-sup-town'), `${type} at ${state}`).toMatchObject({ ok: false, code: 'same_person_confirmation' });
      expect(judge(state, type, payload, WHO.supTown, 'u-grid').ok, `${type} at ${state} by another`).toBe(true);
    }
  });

  it('lists only at the supervisor’s own level, and never without a known level', () => {
    const at = (actor: (typeof WHO)[Who], listingLevel: 'town' | 'district' | 'city' | 'province') => judge('RECTIFYING', 'list', { ...PAYLOAD.list, listingLevel }, actor);
    expect(at(WHO.supTown, 'district')).toMatchObject({ ok: false, code: 'listing_level_mismatch' });
    expect(at(WHO.supTown, 'city')).toMatchObject({ ok: false, code: 'listing_level_mismatch' });
    expect(at(WHO.supCity, 'city')).toMatchObject({ ok: false, code: 'listing_level_mismatch' });
    expect(at(WHO.supCity, 'town')).toMatchObject({ ok: false, code: 'listing_level_mismatch' });
    expect(at({ role: 'supervisor', area: '3205', id: 'u-suzhou' }, 'city').ok).toBe(true);
    expect(at({ role: 'supervisor', area: '32', id: 'u-js' }, 'province').ok).toBe(true);
    expect(at({ role: 'supervisor', id: 'u-nowhere' }, 'town')).toMatchObject({ ok: false, code: 'listing_authority_unknown' });
  });

  it('leaves plan approval and 核销 to the listing authority, not another town of the same level', () => {
    const otherTown = { role: 'supervisor', area: '320582101', id: 'u-tangqiao' } as const;
    expect(judge('LISTED', 'approvePlan', { approved: true }, otherTown)).toMatchObject({ ok: false, code: 'not_listing_authority' });
    expect(judge('RESUMPTION_REQUESTED', 'reviewResumption', { passed: true }, otherTown)).toMatchObject({ ok: false, code: 'not_listing_authority' });
    // A listing stored before the area was recorded: the level decides.
    const legacy = { ...statusAt('RESUMPTION_REQUESTED', 'major', 'gridPatrol'), listing: { level: 'town' as const, docNo: 'x' } };
    expect(judgeEvent(major, legacy, sampleEvent('reviewResumption', { passed: true }, otherTown)).ok).toBe(true);
    expect(judgeEvent(major, legacy, sampleEvent('reviewResumption', { passed: true }, WHO.supCity))).toMatchObject({ ok: false, code: 'not_listing_authority' });
  });

  it('refuses a re-check that would close a major hazard with its own code', () => {
    expect(judge('SUBMITTED', 'verify', { passed: true }, WHO.grid)).toMatchObject({ ok: false, code: 'major_needs_writeoff' });
    expect(judge('SUBMITTED', 'verify', { passed: true }, WHO.supTown)).toMatchObject({ ok: false, code: 'major_needs_writeoff' });
  });
});
