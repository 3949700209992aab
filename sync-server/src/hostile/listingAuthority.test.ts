import { beforeEach, expect, it } from 'vitest';
import { HazardEvent, type Hazard, type HazardEventPayload, type Principal } from '@anxun/shared-schema';
import { DEMO_USERS } from '../seed/demoUsers';
import { hazardFor } from '../testing/fixtures';
import { pullAll, pushRows } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { loginAsNewUser, onEachStore, TANGQIAO_SUPERVISOR } from './eachStore';

/*
 * 挂牌督办 attacked as a modified client would (issue 16 item 3): listing at another level or for
 * another area, an enterprise deciding its own plan or writing its hazard off, 核销 before a
 * passed 复查. Every decision is judged against the stored principal and the stored events.
 */

const SUZHOU_SUPERVISOR: Principal = { userId: 'u-sup-sz', username: 'jianguan-sz', displayName: '苏州市应急管理局', role: 'supervisor', gridIds: [], areaCode: '3205' };
const PLAN: HazardEventPayload = { measures: '除尘器加装泄爆片', responsiblePerson: '王厂长', costYuan: 80000, deadline: '2099-01-01', emergencyPlan: '粉尘爆炸专项应急预案' };
const principals = new Map<string, Principal>(DEMO_USERS.map((u) => [u.username, u as Principal]));
principals.set('tangqiao', TANGQIAO_SUPERVISOR);
principals.set('suzhou', SUZHOU_SUPERVISOR);

onEachStore('listing authority', (server: () => TestServer) => {
  const tokens = new Map<string, string>();
  let counter = 0;
  beforeEach(async () => {
    if (tokens.size > 0) return;
    for (const name of ['wangge', 'qiye', 'jianguan', 'shijianguan']) tokens.set(name, (await server().login(name)).accessToken);
    tokens.set('tangqiao', await loginAsNewUser(server(), TANGQIAO_SUPERVISOR));
    tokens.set('suzhou', await loginAsNewUser(server(), SUZHOU_SUPERVISOR));
  }, 120_000);

  /** An event stamped as `username`'s own client would stamp it; `forge` is what a modified client changes. */
  const eventBy = (username: string, hazard: Hazard, type: HazardEvent['type'], payload: HazardEventPayload, forge: Partial<HazardEvent> = {}): HazardEvent => {
    const p = principals.get(username) as Principal;
    counter += 1;
    const at = new Date().toISOString();
    return {
      id: `${hazard.id}-${type}-${counter}`, hazardId: hazard.id, enterpriseId: hazard.enterpriseId, type, payload, actorId: p.userId, actorRole: p.role,
      ...(p.officerKind ? { actorKind: p.officerKind } : {}), ...(p.role === 'supervisor' && p.areaCode ? { actorAreaCode: p.areaCode } : {}),
      actorName: p.displayName, deviceId: 'hostile', deviceTime: at, updatedAt: at, ...forge,
    };
  };
  const push = (username: string, collection: string, doc: object) =>
    pushRows(server(), collection, tokens.get(username) ?? '', [{ assumedMasterState: null, newDocumentState: { ...doc, _deleted: false } }]);

  /** The server's verdict on an event the user may push; a refused push row has none. */
  async function act(username: string, hazard: Hazard, type: HazardEvent['type'], payload: HazardEventPayload = {}, forge: Partial<HazardEvent> = {}) {
    const event = eventBy(username, hazard, type, payload, forge);
    const result = await push(username, 'hazardEvents', event);
    expect(result.status, `${type} by ${username}`).toBe(200);
    if (result.refused.length > 0) return { refused: true as const };
    const stored = (await pullAll(server(), 'hazardEvents', tokens.get('jianguan') ?? '')).documents.find((e) => e.id === event.id);
    return HazardEvent.parse(stored).verdict;
  }

  /** A major hazard of ent-001 (杨舍镇), confirmed by the town: ready to be listed. */
  async function confirmedMajor(id: string): Promise<Hazard> {
    const hazard = { ...hazardFor('ent-001', id, 'gridPatrol', 'u-officer-1'), proposedLevel: 'major' as const, title: `挂牌攻击${id}` };
    expect((await push('wangge', 'hazards', hazard)).refused).toEqual([]);
    expect(await act('wangge', hazard, 'report')).toMatchObject({ accepted: true });
    expect(await act('wangge', hazard, 'escalate')).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'confirmMajor', { deadline: '2099-01-01' })).toMatchObject({ accepted: true });
    return hazard;
  }
  const listing = (level: 'town' | 'district' | 'city' | 'province', stopProduction = true) => ({ listingLevel: level, docNo: '督〔2026〕1号', reviewDate: '2099-01-01', stopProduction });

  it('refuses listing above or below the supervisor’s level, and a level claimed through a forged area', async () => {
    const hazard = await confirmedMajor('hz-ls-level');
    expect(await act('jianguan', hazard, 'list', listing('city'))).toMatchObject({ accepted: false, code: 'listing_level_mismatch' });
    expect(await act('jianguan', hazard, 'list', listing('district'))).toMatchObject({ accepted: false, code: 'listing_level_mismatch' });
    expect(await act('shijianguan', hazard, 'list', listing('town'))).toMatchObject({ accepted: false, code: 'listing_level_mismatch' });
    expect(await act('suzhou', hazard, 'list', listing('province'))).toMatchObject({ accepted: false, code: 'listing_level_mismatch' });
    // The town supervisor's client claims 苏州市's area to list at 苏州市: refused against the stored principal.
    expect(await act('jianguan', hazard, 'list', listing('city'), { actorAreaCode: '3205' })).toEqual({ refused: true });
    // An enterprise or an officer posing as a supervisor.
    expect(await act('qiye', hazard, 'list', listing('town'), { actorRole: 'supervisor', actorAreaCode: '320582100' })).toEqual({ refused: true });
    expect(await act('wangge', hazard, 'list', listing('town'), { actorRole: 'supervisor', actorAreaCode: '320582100' })).toEqual({ refused: true });
    expect(await act('suzhou', hazard, 'list', listing('city'))).toMatchObject({ accepted: true });
  });

  it('refuses a supervisor of another area listing or deciding on this enterprise’s hazard', async () => {
    const hazard = await confirmedMajor('hz-ls-area');
    expect(await act('tangqiao', hazard, 'list', listing('town'))).toEqual({ refused: true });
    expect(await act('jianguan', hazard, 'list', listing('town'))).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'filePlan', PLAN)).toMatchObject({ accepted: true });
    expect(await act('tangqiao', hazard, 'approvePlan', { approved: true })).toEqual({ refused: true });
    // In scope but not the listing authority: the levels above the town.
    expect(await act('shijianguan', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: false, code: 'not_listing_authority' });
    expect(await act('suzhou', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: false, code: 'not_listing_authority' });
  });

  it('refuses the enterprise approving its own plan or writing its hazard off, however it poses', async () => {
    const hazard = await confirmedMajor('hz-ls-self');
    expect(await act('jianguan', hazard, 'list', listing('town'))).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: false, code: 'plan_not_filed' });
    expect(await act('jianguan', hazard, 'filePlan', PLAN)).toMatchObject({ accepted: false, code: 'role_not_allowed' });
    expect(await act('qiye', hazard, 'filePlan', PLAN)).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: false, code: 'role_not_allowed' });
    expect(await act('qiye', hazard, 'approvePlan', { approved: true }, { actorRole: 'supervisor', actorAreaCode: '320582100' })).toEqual({ refused: true });
    expect(await act('jianguan', hazard, 'approvePlan', { approved: false, reason: '资金未落实' })).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: false, code: 'plan_not_filed' });
    expect(await act('qiye', hazard, 'filePlan', { ...PLAN, costYuan: 120000 })).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'requestResumption', { text: '已整改' })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'reviewResumption', { passed: true })).toMatchObject({ accepted: false, code: 'role_not_allowed' });
    expect(await act('jianguan', hazard, 'reviewResumption', { passed: true })).toMatchObject({ accepted: true });
    expect(await act('qiye', hazard, 'delist')).toMatchObject({ accepted: false, code: 'role_not_allowed' });
    expect(await act('qiye', hazard, 'delist', {}, { actorRole: 'supervisor', actorAreaCode: '320582100' })).toEqual({ refused: true });
    expect(await act('jianguan', hazard, 'delist')).toMatchObject({ accepted: true });
  });

  it('refuses 核销 before a passed re-check, and by anyone but the listing authority after it', async () => {
    const hazard = await confirmedMajor('hz-ls-early');
    expect(await act('suzhou', hazard, 'list', listing('city'))).toMatchObject({ accepted: true });
    expect(await act('suzhou', hazard, 'delist')).toMatchObject({ accepted: false, code: 'invalid_transition' });
    expect(await act('qiye', hazard, 'filePlan', PLAN)).toMatchObject({ accepted: true });
    expect(await act('suzhou', hazard, 'approvePlan', { approved: true })).toMatchObject({ accepted: true });
    expect(await act('suzhou', hazard, 'delist')).toMatchObject({ accepted: false, code: 'invalid_transition' });
    expect(await act('qiye', hazard, 'requestResumption', { text: '已整改' })).toMatchObject({ accepted: true });
    expect(await act('suzhou', hazard, 'delist')).toMatchObject({ accepted: false, code: 'invalid_transition' });
    // 复查 on site by the town (inside the listing's area) fails, then passes.
    expect(await act('jianguan', hazard, 'reviewResumption', { passed: false, reason: '泄爆片未安装' })).toMatchObject({ accepted: true });
    expect(await act('suzhou', hazard, 'delist')).toMatchObject({ accepted: false, code: 'invalid_transition' });
    expect(await act('qiye', hazard, 'requestResumption', { text: '已安装' })).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'reviewResumption', { passed: true })).toMatchObject({ accepted: true });
    expect(await act('jianguan', hazard, 'delist')).toMatchObject({ accepted: false, code: 'not_listing_authority' });
    expect(await act('shijianguan', hazard, 'delist')).toMatchObject({ accepted: false, code: 'not_listing_authority' });
    expect(await act('suzhou', hazard, 'delist')).toMatchObject({ accepted: true });
    expect(await act('suzhou', hazard, 'delist')).toMatchObject({ accepted: false, code: 'invalid_transition' });
  });
});
