import { expect, it } from 'vitest';
import type { CollectionName, WireDocument } from '@anxun/shared-schema';
import { canonical } from '../replication/documents';
import { commentFor, enterpriseIn, hazardFor } from '../testing/fixtures';
import { asWire, leakedValues, onEveryStore, readableIds, signIn, wire, type DemoUser, type Hostile, type PushAnswer } from './hostileServer';

/**
 * Hole 1: a refused push echoed the server's whole copy. A hostile device pushes rows whose ids
 * are other tenants' documents; whatever it pushes, the answer (body and X-Anxun-Refused) holds
 * only documents it may read, and nothing of the others' content.
 */
onEveryStore('a push answer never echoes a document the pusher may not read', (h) => {
  async function attack(user: DemoUser, collection: CollectionName, victims: WireDocument[], forge: (victim: WireDocument) => object) {
    const rows = victims.map((v) => ({ assumedMasterState: null, newDocumentState: wire(forge(v)) }));
    const before = await h.stored(collection, victims.map((v) => v.id));
    const answer = await h.push(user, collection, rows);
    expect(answer.status).toBe(200);
    await expectOnlyReadable(h, user, collection, answer, victims, rows);
    // Nothing of the victims changed either.
    const after = await h.stored(collection, victims.map((v) => v.id));
    for (const v of victims) expect(canonical(after.get(v.id)?.data), v.id).toBe(canonical(before.get(v.id)?.data));
    return answer;
  }

  it('qiye pushing enterprise rows ent-002 … ent-080 gets no other enterprise’s profile', async () => {
    const city = await h.pull('shijianguan', 'enterprises');
    const victims = city.filter((e) => e.id !== 'ent-001' && /^ent-0(0[2-9]|[1-7][0-9]|80)$/.test(e.id));
    expect(victims.length).toBeGreaterThan(60); // every demo enterprise but qiye’s own
    const answer = await attack('qiye', 'enterprises', victims, (v) => ({ ...enterpriseIn('grid-ys-01', '320582100001', v.id), notes: 'probe' }));
    expect(answer.refused.map((r) => r.id).sort()).toEqual(victims.map((v) => v.id).sort());
    expect(answer.documents).toEqual([]);
  });

  it('qiye pushing hazard and event rows of other enterprises gets none of them back', async () => {
    const hazards = (await h.pull('shijianguan', 'hazards')).filter((d) => d['enterpriseId'] !== 'ent-001');
    expect(hazards.length).toBeGreaterThan(5);
    await signIn(h, ['qiye']);
    await attack('qiye', 'hazards', hazards, (v) => hazardFor('ent-001', v.id, 'enterpriseSelfCheck', h.principal('qiye').userId));
    const events = (await h.pull('shijianguan', 'hazardEvents')).filter((d) => d['enterpriseId'] !== 'ent-001');
    expect(events.length).toBeGreaterThan(5);
    await attack('qiye', 'hazardEvents', events, (v) => ({ ...commentFor({ id: String(v['hazardId']), enterpriseId: 'ent-001' }, v.id, h.principal('qiye')) }));
  });

  it('a grid officer pushing another town’s enterprises gets none of them back', async () => {
    const otherTown = (await h.pull('shijianguan', 'enterprises')).filter((e) => (e['gridIds'] as string[]).includes('grid-tq-01'));
    expect(otherTown.length).toBeGreaterThan(0);
    await attack('wangge', 'enterprises', otherTown, (v) => ({ ...v, notes: 'probe', _deleted: undefined }));
  });

  it('a guess at another tenant’s document gets the same answer whether it is right or wrong', async () => {
    const victim = (await h.pull('shijianguan', 'enterprises')).find((e) => (e['gridIds'] as string[]).includes('grid-tq-01')) as WireDocument;
    const right = await h.push('wangge', 'enterprises', [{ assumedMasterState: victim, newDocumentState: victim }]);
    const wrong = await h.push('wangge', 'enterprises', [{ assumedMasterState: victim, newDocumentState: { ...victim, name: '猜错的名称', headcount: 1 } }]);
    expect(right.documents).toEqual([]);
    expect(right).toEqual(wrong);
  });

  it('a grid officer pushing another officer’s patrol track gets none of it back', async () => {
    const track = { id: 'patrol-of-officer-2', officerId: 'u-officer-2', areaCode: '320582100', gridIds: ['grid-ys-02'], startedAt: '2026-03-02T08:00:00+08:00',
      points: [{ t: '2026-03-02T08:01:00+08:00', lat: 31.8712345, lon: 120.5612345, acc: 5 }], checkIns: [], updatedAt: '2026-03-02T08:01:00+08:00' };
    await h.arrange('patrols', [{ data: track }]);
    await signIn(h, ['wangge']);
    const stored = (await h.stored('patrols', [track.id])).get(track.id);
    expect(stored).toBeDefined();
    if (!stored) return;
    const victim = asWire(stored);
    await attack('wangge', 'patrols', [victim], (v) => ({ ...v, officerId: h.principal('wangge').userId, _deleted: undefined }));
  });
});

async function expectOnlyReadable(h: Hostile, user: DemoUser, collection: CollectionName, answer: PushAnswer, victims: WireDocument[], sent: unknown) {
  const readable = await readableIds(h, user, collection);
  for (const doc of answer.documents) expect(readable.has(doc.id), `${user} got ${collection} ${doc.id} back`).toBe(true);
  // A refusal about a document the pusher may not read must not depend on that document's content.
  expect(new Set(answer.refused.filter((r) => !readable.has(r.id)).map((r) => r.reason)).size).toBeLessThanOrEqual(1);
  const secret = victims.filter((v) => !readable.has(v.id));
  const known = [sent, await h.pull(user, collection)];
  expect(leakedValues(secret, known, answer)).toEqual([]);
}
