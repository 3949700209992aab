import { beforeEach, expect, it } from 'vitest';
import { ConflictRecord, type HazardEvent } from '@anxun/shared-schema';
import { commentFor, hazardFor } from '../testing/fixtures';
import { onEveryStore, signIn, wire, type DemoUser, type Hostile } from './hostileServer';

/**
 * 冲突日志 for refused hazard events (issue 13, item 15): an officer's offline 确认 that reaches
 * the server after a supervisor's 驳回 is kept with its refusal AND logged, for the officer and
 * the supervisor both, and for nobody outside the hazard's scope.
 */
onEveryStore('a hazard event refused at its place in the order is logged for both sides', (h: Hostile) => {
  beforeEach(async () => signIn(h, ['wangge', 'jianguan', 'wangge3', 'qiye2']));
  const create = (doc: object) => [{ assumedMasterState: null, newDocumentState: wire(doc) }];
  const stamp = (hazard: { id: string; enterpriseId: string }, id: string, user: DemoUser, type: HazardEvent['type'], payload: HazardEvent['payload']): HazardEvent => {
    const p = h.principal(user);
    return { ...commentFor(hazard, id, { userId: p.userId, role: p.role, officerKind: p.officerKind, areaCode: p.areaCode }), type, payload };
  };

  it('logs the officer’s late 确认 after the supervisor’s 驳回, naming both, readable by both and by no one outside', async () => {
    const officer = h.principal('wangge').userId;
    const hazard = hazardFor('ent-001', 'hostile-clash-1', 'gridPatrol', officer);
    expect((await h.push('wangge', 'hazards', create(hazard))).refused).toEqual([]);
    await h.push('wangge', 'hazardEvents', create(stamp(hazard, 'hostile-clash-ev1', 'wangge', 'report', {})));
    await h.push('jianguan', 'hazardEvents', create(stamp(hazard, 'hostile-clash-ev2', 'jianguan', 'reject', { reason: '经核实不构成隐患' })));
    // Confirmed on the tablet while offline, before the rejection was pulled.
    const late = stamp(hazard, 'hostile-clash-ev3', 'wangge', 'confirmGeneral', { deadline: '2099-01-01' });
    const answer = await h.push('wangge', 'hazardEvents', create(late));
    expect(answer.refused).toEqual([]);
    expect(answer.documents.find((d) => d.id === late.id)).toMatchObject({ verdict: { accepted: false, code: 'invalid_transition' } });

    const logged = (await h.pull('wangge', 'conflicts')).map((d) => ConflictRecord.parse(d)).filter((c) => c.documentId === late.id);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ kind: 'refused', collection: 'hazardEvents', field: 'confirmGeneral', pushAuthor: officer, serverAuthor: h.principal('jianguan').userId, status: 'open' });
    expect(logged[0]?.reason).toMatch(/^invalid_transition: /);
    expect((await h.pull('jianguan', 'conflicts')).map((d) => d.id)).toContain(logged[0]?.id);
    for (const outsider of ['wangge3', 'qiye2'] as const) expect((await h.pull(outsider, 'conflicts')).map((d) => d.id)).not.toContain(logged[0]?.id);
  });

  it('logs nothing for an accepted event, and one record for a refused event however often it is pushed', async () => {
    const hazard = hazardFor('ent-001', 'hostile-clash-2', 'gridPatrol', h.principal('wangge').userId);
    await h.push('wangge', 'hazards', create(hazard));
    const assign = stamp(hazard, 'hostile-clash-ev4', 'wangge', 'assign', { deadline: '2099-01-01' });
    const again = stamp(hazard, 'hostile-clash-ev5', 'wangge', 'assign', { deadline: '2099-01-02' });
    await h.push('wangge', 'hazardEvents', create(assign));
    await h.push('wangge', 'hazardEvents', create(again));
    await h.push('wangge', 'hazardEvents', create(again));
    const ids = (await h.pull('wangge', 'conflicts')).map((d) => ConflictRecord.parse(d).documentId);
    expect(ids.filter((id) => id === assign.id)).toEqual([]);
    expect(ids.filter((id) => id === again.id)).toHaveLength(1);
  });
});
