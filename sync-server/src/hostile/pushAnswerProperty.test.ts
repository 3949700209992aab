import { expect, it } from 'vitest';
import fc from 'fast-check';
import { TaggedStreamMessage, type CollectionName, type WireDocument } from '@anxun/shared-schema';
import { propertySeeds } from '@anxun/shared-schema/testing';
import type { DocumentData } from '../replication/documents';
import { SseReader } from '../testing/sseReader';
import { commentFor, enterpriseIn, hazardFor, inspectionFor } from '../testing/fixtures';
import { onEveryStore, signIn, wire, type DemoUser, type Hostile } from './hostileServer';

/**
 * Random users push random rows (ids of existing documents of any enterprise, null, stale,
 * forged or "deleted" assumed states, random fields). Every document in a push answer, a pull
 * and the change stream must be one the user may read, by scope rules written here from the
 * demo town (not the server's scope code).
 */
const USERS = ['wangge', 'wangge3', 'zhuanjia', 'zhifa', 'qiye', 'qiye2', 'jianguan'] as const satisfies readonly DemoUser[];
type User = (typeof USERS)[number];
const SCOPE: Record<User, { grids?: string[]; enterprise?: string; area?: string; userId: string }> = {
  wangge: { grids: ['grid-ys-01', 'grid-ys-03'], userId: 'u-officer-1' },
  wangge3: { grids: ['grid-tq-01'], userId: 'u-officer-3' },
  zhuanjia: { grids: ['grid-ys-01'], userId: 'u-expert-1' },
  zhifa: { grids: ['grid-ys-01'], userId: 'u-enforcer-1' },
  qiye: { enterprise: 'ent-001', userId: 'u-ent-1' },
  qiye2: { enterprise: 'ent-002', userId: 'u-ent-2' },
  jianguan: { area: '320582100', userId: 'u-sup-1' },
};
/** Where each pushing user's own supervisors are (the home area of their refusal records). */
const HOME_AREA: Record<string, string> = Object.fromEntries(Object.values(SCOPE).map((u) => [u.userId, u.userId === 'u-officer-3' ? '320582101' : '320582100']));
const COLLECTIONS = ['enterprises', 'hazards', 'hazardEvents', 'inspections', 'patrols'] as const satisfies readonly CollectionName[];
// 839780999 drew a blank-only title (a 400 for the whole batch) before the text generator excluded it.
const PINNED_SEEDS = [1, 20261201, 424242, 839780999];
const { randomSeed: RANDOM_SEED } = propertySeeds(PINNED_SEEDS);
const RUNS_PER_SEED = 6;

/** Whether `user` may read `doc`, given the enterprise it hangs off as stored now. */
function mayRead(user: User, collection: string, doc: Record<string, unknown>, enterprise: DocumentData | undefined): boolean {
  const s = SCOPE[user];
  if (collection === 'checklistTemplates' || collection === 'examQuestions') return true;
  // A refusal record is its author's, their own supervisors' and, for an enterprise user, where
  // their own enterprise is seen (hole 5): never the target's. Its enterpriseId is the author's.
  if (collection === 'conflicts' && doc['kind'] === 'refused') {
    if (doc['pushAuthor'] === s.userId || (s.area !== undefined && (HOME_AREA[String(doc['pushAuthor'])] ?? '').startsWith(s.area))) return true;
    if (doc['enterpriseId'] === undefined) return false;
  }
  if (collection === 'patrols') return s.area ? String(doc['areaCode']).startsWith(s.area) : !s.enterprise && doc['officerId'] === s.userId;
  if (!enterprise) return false;
  if (s.enterprise) return enterprise.id === s.enterprise;
  if (s.area) return String(enterprise['areaCode']).startsWith(s.area);
  return (enterprise['gridIds'] as string[]).some((g) => s.grids?.includes(g));
}

onEveryStore('push, pull and stream answers hold only what the user may read (property)', (h) => {
  it('holds for random hostile pushes by random users', async () => {
    await signIn(h, USERS);
    await h.arrange('patrols', [{ data: { id: 'patrol-prop-1', officerId: 'u-officer-2', areaCode: '320582100', gridIds: ['grid-ys-02'], startedAt: '2026-03-02T08:00:00+08:00', points: [], checkIns: [], updatedAt: '2026-03-02T08:00:00+08:00' } }]);
    const pool = Object.fromEntries(await Promise.all(COLLECTIONS.map(async (c) => [c, (await h.pull('shijianguan', c)).slice(0, 40)] as const))) as Record<(typeof COLLECTIONS)[number], WireDocument[]>;
    const enterpriseIds = pool.enterprises.map((e) => e.id);
    const streams = await Promise.all((['qiye', 'wangge3', 'zhuanjia'] as const).map(async (user) => ({ user, reader: await openStream(h, user) })));
    const seen = { refused: 0, answered: 0, pushes: 0 };

    const row = fc.record({
      collection: fc.constantFrom(...COLLECTIONS),
      pick: fc.nat(),
      fresh: fc.boolean(),
      assumed: fc.constantFrom('null', 'current', 'forged', 'deleted'),
      enterprise: fc.constantFrom(...enterpriseIds),
      actor: fc.constantFrom(...USERS),
      // A text the schema accepts: blank-only titles are a malformed batch (400), not a hostile write.
      text: fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim().length > 0),
      level: fc.constantFrom('general', 'major'),
      source: fc.constantFrom('enterpriseSelfCheck', 'gridPatrol', 'thirdParty', 'enforcement'),
      grids: fc.subarray(['grid-ys-01', 'grid-ys-02', 'grid-ys-03', 'grid-tq-01'], { minLength: 1 }),
      area: fc.constantFrom('320582100001', '320582101001', '320582100'),
    });
    const property = fc.asyncProperty(fc.constantFrom(...USERS), fc.array(row, { minLength: 1, maxLength: 4 }), async (user, rows) => {
      const collection = rows[0]?.collection ?? 'hazards';
      const pushed = rows.map((r) => hostileRow(collection, r, pool[collection], SCOPE[r.actor].userId));
      const answer = await h.push(user, collection, pushed);
      expect(answer.status, JSON.stringify(answer.problem)).toBe(200);
      seen.pushes += 1;
      seen.refused += answer.refused.length;
      seen.answered += answer.documents.length;
      const readable = new Set((await h.pull(user, collection)).map((d) => d.id));
      await expectReadable(h, user, collection, answer.documents, 'push answer', readable);
      await expectReadable(h, user, collection, await h.pull(user, collection), 'pull');
    });
    console.info(`push answer property: pinned seeds ${PINNED_SEEDS.join(', ')} and random seed ${RANDOM_SEED} (replay: ANXUN_PROPERTY_SEED=${RANDOM_SEED})`);
    for (const seed of [...PINNED_SEEDS, RANDOM_SEED]) await fc.assert(property, { seed, numRuns: RUNS_PER_SEED, endOnFailure: true });
    console.info(`push answer property: ${seen.pushes} pushes, ${seen.refused} refused rows, ${seen.answered} answered documents`);
    for (const { user, reader } of streams) {
      for (const message of await reader.drain(300)) {
        const { collection, documents } = streamed(message);
        await expectReadable(h, user, collection, documents, 'stream');
      }
      await reader.close();
    }
    // The property saw the cases that matter, not only trivial pushes.
    expect(seen.refused).toBeGreaterThan(5);
    expect(seen.answered).toBeGreaterThan(0);
  }, 180_000);
});

type RowSpec = { pick: number; fresh: boolean; assumed: string; enterprise: string; actor: User; text: string; level: string; source: string; grids: string[]; area: string };

/** A row a modified client could send: a real id (or a new one), a random shape of assumed state. */
function hostileRow(collection: (typeof COLLECTIONS)[number], r: RowSpec, pool: WireDocument[], actorId: string) {
  const existing = pool[r.pick % Math.max(1, pool.length)];
  const id = r.fresh || !existing ? `prop-${collection}-${r.pick}-${r.text.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 60) : existing.id;
  const base: Record<string, unknown> = existing && !r.fresh ? { ...existing } : freshDoc(collection, id, r.enterprise, actorId);
  const changed: Record<string, unknown> = { ...base, id, updatedAt: new Date().toISOString() };
  if (collection === 'enterprises') Object.assign(changed, { notes: r.text, gridIds: r.grids, areaCode: r.area });
  if (collection === 'hazards') Object.assign(changed, { enterpriseId: r.enterprise, title: r.text, proposedLevel: r.level, source: r.source, foundBy: actorId });
  if (collection === 'inspections') Object.assign(changed, { enterpriseId: r.enterprise, summary: r.text, officerIds: [actorId] });
  if (collection === 'hazardEvents') Object.assign(changed, { enterpriseId: r.enterprise, actorId, type: 'comment', payload: { text: r.text } });
  if (collection === 'patrols') Object.assign(changed, { officerId: actorId, areaCode: r.area.slice(0, 9) });
  const forged = { ...base, ...changed, title: 'forged', notes: 'forged' };
  const assumed = r.assumed === 'null' ? null : r.assumed === 'current' ? wire(base) : r.assumed === 'forged' ? wire(forged) : wire(base, true);
  return { assumedMasterState: assumed && ({ ...assumed, _deleted: assumed._deleted } as WireDocument), newDocumentState: wire(changed) };
}

function freshDoc(collection: (typeof COLLECTIONS)[number], id: string, enterpriseId: string, actorId: string): Record<string, unknown> {
  switch (collection) {
    case 'hazards': return hazardFor(enterpriseId, id, 'gridPatrol', actorId);
    case 'inspections': return inspectionFor(enterpriseId, id, 'gridPatrol', actorId);
    case 'hazardEvents': return commentFor({ id: 'hz-demo-001', enterpriseId }, id, { userId: actorId, role: 'officer', officerKind: 'grid' });
    case 'patrols': return { id, officerId: actorId, areaCode: '320582100', gridIds: [], startedAt: '2026-03-02T08:00:00+08:00', points: [], checkIns: [], updatedAt: '2026-03-02T08:00:00+08:00' };
    case 'enterprises': return enterpriseIn('grid-ys-01', '320582100001', id);
  }
}

async function expectReadable(h: Hostile, user: User, collection: string, documents: WireDocument[], where: string, pulled?: Set<string>) {
  const enterpriseIds = documents.map((d) => (collection === 'enterprises' ? d.id : String(d['enterpriseId'] ?? '')));
  const enterprises = await h.stored('enterprises', enterpriseIds);
  for (const [i, doc] of documents.entries()) {
    const enterprise = enterprises.get(enterpriseIds[i] ?? '');
    expect(mayRead(user, collection, doc, enterprise?.data as DocumentData | undefined), `${where} gave ${user} ${collection} ${doc.id}`).toBe(true);
    if (pulled) expect(pulled.has(doc.id), `${where} gave ${user} ${collection} ${doc.id}, which its pull does not hold`).toBe(true);
  }
}

async function openStream(h: Hostile, user: DemoUser): Promise<SseReader> {
  const token = (await h.server().login(user, `stream-${user}`)).accessToken;
  const reader = new SseReader(await h.server().app.request('/api/replication/stream', { headers: { authorization: `Bearer ${token}` } }));
  await reader.waitFor(() => true);
  return reader;
}

function streamed(message: unknown): { collection: string; documents: WireDocument[] } {
  const m = TaggedStreamMessage.parse(message);
  return { collection: m.collection, documents: m.message === 'RESYNC' ? [] : m.message.documents };
}
