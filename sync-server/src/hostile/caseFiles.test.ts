import { expect, it } from 'vitest';
import { HazardEvent, type Principal, type WireDocument } from '@anxun/shared-schema';
import { caseFor } from '../testing/caseFixtures';
import { commentFor, hazardFor } from '../testing/fixtures';
import { pullAll } from '../testing/replicationClient';
import { loginAsNewUser } from './eachStore';
import { onEveryStore, signIn, wire, type DemoUser } from './hostileServer';

/*
 * 案件 and 抄告 (issue 16 item 4) as hostile clients see them: a case file is read only by
 * enforcement officers of the enterprise's grids and supervisors of its area, by the enterprise
 * once served; nobody else writes one; a referral is decided only by an enforcement officer.
 */

const TANGQIAO_ENFORCER: Principal = {
  userId: 'u-enf-tq', username: 'zhifa-tq', displayName: '塘桥执法', role: 'officer', officerKind: 'enforcement', gridIds: ['grid-tq-01'],
};
const writOf = (caseId: string, id: string, servedAt?: string): object => ({
  id, kind: 'penaltyNotice', caseId, enterpriseId: 'ent-001', hazardIds: [], townCode: '320582100', townName: '杨舍镇', provisionalNo: `AB12-20260601-${id.slice(-3)}`,
  party: { name: '测试企业', uscc: '91320582MA1X00000X', address: '杨舍镇', legalRepresentative: '张三' }, place: '执法大队', inspectedAt: '2026-06-01T09:30:00+08:00',
  findings: '', items: [], legalBasis: '拟处罚', issuedAt: '2026-06-01T09:30:00+08:00', issuedBy: 'u-enforcer-1', signatures: [], updatedAt: '2026-06-01T09:30:00+08:00',
  officers: [{ id: 'u-enforcer-1', name: '陈立新' }, { id: 'u-enforcer-2', name: '刘文静' }], penalty: { fineYuan: 20000, hearing: false }, ...(servedAt ? { servedAt } : {}),
});

onEveryStore('case files and referrals against hostile clients', (h) => {
  const ids = async (user: DemoUser, collection: 'cases' | 'writs' | 'conflicts') => (await h.pull(user, collection)).map((d) => d.id);

  it('shows an unserved case and its writs to enforcement and supervisors only, and to the enterprise once served', async () => {
    await signIn(h, ['zhifa', 'wangge', 'qiye', 'jianguan', 'wangge3', 'zhuanjia']);
    const filed = caseFor('ent-001', 'case-hostile-1');
    expect((await h.push('zhifa', 'cases', [{ assumedMasterState: null, newDocumentState: wire(filed) }])).refused).toEqual([]);
    expect((await h.push('zhifa', 'writs', [{ assumedMasterState: null, newDocumentState: wire(writOf(filed.id, 'writ-case-hostile-1')) }])).refused).toEqual([]);
    for (const user of ['zhifa', 'jianguan'] as const) expect(await ids(user, 'cases'), user).toContain(filed.id);
    expect(await ids('zhifa', 'writs')).toContain('writ-case-hostile-1');
    for (const user of ['qiye', 'wangge', 'wangge3', 'zhuanjia'] as const) {
      expect(await ids(user, 'cases'), user).not.toContain(filed.id);
      expect(await ids(user, 'writs'), user).not.toContain('writ-case-hostile-1');
    }
    const tq = await loginAsNewUser(h.server(), TANGQIAO_ENFORCER);
    expect((await pullAll(h.server(), 'cases', tq)).documents.map((d) => d.id)).not.toContain(filed.id);

    // Served: the enterprise now sees the case and the served writ; a grid officer still does not.
    const servedAt = '2026-06-02T10:00:00+08:00';
    const served = { ...filed, status: 'served', servedAt, updatedAt: servedAt };
    expect((await h.push('zhifa', 'cases', [{ assumedMasterState: wire(filed), newDocumentState: wire(served) }])).refused).toEqual([]);
    const writ = writOf(filed.id, 'writ-case-hostile-1');
    expect((await h.push('zhifa', 'writs', [{ assumedMasterState: wire(writ), newDocumentState: wire({ ...writ, servedAt, updatedAt: servedAt }) }])).refused).toEqual([]);
    expect(await ids('qiye', 'cases')).toContain(filed.id);
    expect(await ids('qiye', 'writs')).toContain('writ-case-hostile-1');
    expect(await ids('wangge', 'cases')).not.toContain(filed.id);
    expect((await pullAll(h.server(), 'cases', (await h.server().login('qiye2')).accessToken)).documents.map((d) => d.id)).not.toContain(filed.id);
  });

  it('refuses a case or case writ from the enterprise, a grid officer or an expert, and echoes nothing of a stored case', async () => {
    await signIn(h, ['zhifa', 'wangge', 'qiye', 'zhuanjia']);
    const secret = caseFor('ent-001', 'case-hostile-2', 'u-enforcer-1', { facts: '机密案情：尚未告知' });
    await h.arrange('cases', [{ data: secret }]);
    for (const user of ['qiye', 'wangge', 'zhuanjia'] as const) {
      const mine = caseFor('ent-001', `case-by-${user}`, h.principal(user).userId);
      const forged = { ...secret, facts: '篡改' };
      const answer = await h.push(user, 'cases', [
        { assumedMasterState: null, newDocumentState: wire(mine) },
        { assumedMasterState: wire(forged), newDocumentState: wire(forged) },
      ]);
      expect(answer.refused.map((r) => r.id).sort(), user).toEqual([mine.id, secret.id].sort());
      expect(JSON.stringify(answer), user).not.toContain('机密案情');
      const writ = writOf(secret.id, `writ-by-${user}`);
      expect((await h.push(user, 'writs', [{ assumedMasterState: null, newDocumentState: wire(writ) }])).refused.map((r) => r.id), user).toEqual([`writ-by-${user}`]);
    }
    const stored = await h.stored('cases', [secret.id, 'case-by-qiye', 'case-by-wangge']);
    expect(stored.get(secret.id)?.data['facts']).toBe('机密案情：尚未告知');
    expect(stored.has('case-by-qiye') || stored.has('case-by-wangge')).toBe(false);
  });

  it('keeps the merge log of a case from the enterprise and grid officers', async () => {
    await signIn(h, ['zhifa', 'jianguan', 'qiye', 'wangge']);
    const base = caseFor('ent-001', 'case-hostile-3');
    await h.arrange('cases', [{ data: base }]);
    // Two enforcement-side edits of the same field from the same base: the server logs the loser.
    const t1 = '2026-06-03T09:00:00+08:00';
    await h.push('jianguan', 'cases', [{ assumedMasterState: wire(base), newDocumentState: wire({ ...base, facts: '监管改写的案情', updatedAt: t1 }) }]);
    await h.push('zhifa', 'cases', [{ assumedMasterState: wire(base), newDocumentState: wire({ ...base, facts: '执法改写的案情', updatedAt: t1 }) }]);
    const logged = (await h.pull('jianguan', 'conflicts')).filter((c) => c['documentId'] === base.id);
    expect(logged.length).toBeGreaterThan(0);
    for (const user of ['qiye', 'wangge'] as const) expect(await ids(user, 'conflicts'), user).not.toEqual(expect.arrayContaining([logged[0]?.id]));
  });

  it('lets only an enforcement officer of the grid decide a referral; a forged kind is refused before judging', async () => {
    await signIn(h, ['wangge', 'zhifa', 'jianguan']);
    const hazard = { ...hazardFor('ent-001', 'hz-referral-hostile', 'gridPatrol', 'u-officer-1'), proposedLevel: 'major' as const };
    expect((await h.push('wangge', 'hazards', [{ assumedMasterState: null, newDocumentState: wire(hazard) }])).refused).toEqual([]);
    const event = (user: DemoUser | Principal, id: string, type: HazardEvent['type'], payload: HazardEvent['payload'] = {}, extra: object = {}) => {
      const p = typeof user === 'string' ? h.principal(user) : user;
      return wire({ ...commentFor(hazard, id, p), type, payload, ...extra });
    };
    const push = async (user: DemoUser, doc: WireDocument) => h.push(user, 'hazardEvents', [{ assumedMasterState: null, newDocumentState: doc }]);
    const verdict = async (id: string) => HazardEvent.parse((await h.stored('hazardEvents', [id])).get(id)?.data).verdict;
    await push('wangge', event('wangge', 'ev-ref-report', 'report'));
    await push('wangge', event('wangge', 'ev-ref-refer', 'referToEnforcement', { text: '无证动火' }));
    expect(await verdict('ev-ref-refer')).toMatchObject({ accepted: true });
    // A grid officer claiming to be enforcement: refused at the push, never stored.
    const forged = await push('wangge', event('wangge', 'ev-ref-forged', 'acceptReferral', {}, { actorKind: 'enforcement' }));
    expect(forged.refused.map((r) => r.id)).toEqual(['ev-ref-forged']);
    expect((await h.stored('hazardEvents', ['ev-ref-forged'])).has('ev-ref-forged')).toBe(false);
    // Honest but not enforcement: stored with a refusing verdict.
    await push('wangge', event('wangge', 'ev-ref-grid', 'acceptReferral'));
    expect(await verdict('ev-ref-grid')).toMatchObject({ accepted: false, code: 'enforcement_only' });
    // An enforcement officer of another town: the hazard is not in scope.
    const tq = await loginAsNewUser(h.server(), TANGQIAO_ENFORCER);
    const { pushRows } = await import('../testing/replicationClient');
    const outside = await pushRows(h.server(), 'hazardEvents', tq, [{ assumedMasterState: null, newDocumentState: event(TANGQIAO_ENFORCER, 'ev-ref-tq', 'acceptReferral') }]);
    expect(outside.refused.map((r) => r.id)).toEqual(['ev-ref-tq']);
    await push('zhifa', event('zhifa', 'ev-ref-accept', 'acceptReferral'));
    expect(await verdict('ev-ref-accept')).toMatchObject({ accepted: true });
    await push('zhifa', event('zhifa', 'ev-ref-again', 'returnReferral', { reason: '已受理过' }));
    expect(await verdict('ev-ref-again')).toMatchObject({ accepted: false, code: 'not_referred' });
  });
});
