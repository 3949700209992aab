import { expect, it } from 'vitest';
import type { CollectionName, WireDocument } from '@anxun/shared-schema';
import { canonical, type DocumentData } from '../replication/documents';
import { onEveryStore, signIn, wire, type DemoUser } from './hostileServer';
import { PARENT_HAZARD, subjects, type Subject } from './matrixSubjects';

/**
 * Every collection × role × write shape, judged by what is STORED afterwards against an oracle
 * written from the domain (domain.md §1.2), not from writePolicy.ts:
 * - grids, templates, exam questions: reference data, kept by supervisors and the town's
 *   administrator (系统管理员, issue 14), who writes nothing else;
 * - enterprises: the ledger's keepers (supervisors, the administrator) register them, officers
 *   who are not experts edit them, an enterprise edits its
 *   own profile's notes, only a supervisor or the administrator moves one (grids, area);
 * - inspections: whoever inspects creates one (an enterprise only self-checks); only the
 *   officers on it (and supervisors) edit it;
 * - hazards: everyone records findings under their own name and channel; officers other than
 *   experts, and supervisors, edit an officer's finding; nobody deletes or re-homes one;
 * - events: insert-only; patrols: an officer's own; writs: issued by officers other than
 *   experts and by supervisors; tasks: made by draws, noted by their assignees and supervisors;
 * - conflicts and draws: the server's own records.
 * A null, stale or forged assumed state is an update: it allows what the update allows, no more.
 */
type Role = 'grid' | 'expert' | 'enforcement' | 'enterprise' | 'town' | 'admin';
type Shape = 'create' | 'update' | 'nullAssumed' | 'stale' | 'forged' | 'delete' | 'scopeMove';
const USERS: Record<Role, DemoUser> = { grid: 'wangge', expert: 'zhuanjia', enforcement: 'zhifa', enterprise: 'qiye', town: 'jianguan', admin: 'admin' };
const ROLES = Object.keys(USERS) as Role[];
const SHAPES: Shape[] = ['create', 'update', 'nullAssumed', 'stale', 'forged', 'delete', 'scopeMove'];

const none: Role[] = [];
const ORACLE: Record<CollectionName, { create: Role[]; update: Role[]; delete: Role[]; scopeMove: Role[] }> = {
  grids: { create: ['town', 'admin'], update: ['town', 'admin'], delete: ['town', 'admin'], scopeMove: none },
  enterprises: { create: ['town', 'admin'], update: ['grid', 'enforcement', 'enterprise', 'town', 'admin'], delete: none, scopeMove: ['town', 'admin'] },
  checklistTemplates: { create: ['town', 'admin'], update: ['town', 'admin'], delete: none, scopeMove: none },
  inspections: { create: ['grid', 'expert', 'enforcement', 'enterprise', 'town'], update: ['grid', 'town'], delete: none, scopeMove: none },
  hazards: { create: ['grid', 'expert', 'enforcement', 'enterprise', 'town'], update: ['grid', 'enforcement', 'town'], delete: none, scopeMove: none },
  hazardEvents: { create: ['grid', 'expert', 'enforcement', 'enterprise', 'town'], update: none, delete: none, scopeMove: none },
  patrols: { create: ['grid', 'expert', 'enforcement'], update: ['grid'], delete: none, scopeMove: none },
  writs: { create: ['grid', 'enforcement', 'town'], update: ['grid', 'enforcement', 'town'], delete: none, scopeMove: none },
  tasks: { create: none, update: ['grid', 'enforcement', 'town'], delete: none, scopeMove: none },
  examQuestions: { create: ['town', 'admin'], update: ['town', 'admin'], delete: ['town', 'admin'], scopeMove: none },
  conflicts: { create: none, update: none, delete: none, scopeMove: none },
  draws: { create: none, update: none, delete: none, scopeMove: none },
  // 案件: enforcement officers and supervisors only; never a grid officer, expert or the enterprise.
  cases: { create: ['enforcement', 'town'], update: ['enforcement', 'town'], delete: none, scopeMove: none },
};
const expected = (collection: CollectionName, role: Role, shape: Shape) =>
  ORACLE[collection][shape === 'create' || shape === 'delete' || shape === 'scopeMove' ? shape : 'update'].includes(role);

interface Case {
  role: Role;
  shape: Shape;
  /** What is stored before the push, and what the push may turn it into if allowed. */
  arranged?: DocumentData;
  row: { assumedMasterState: WireDocument | null; newDocumentState: WireDocument };
  applied(stored: { data: DocumentData; deleted: boolean } | undefined): boolean;
}

function casesFor(subject: Subject, role: Role, p: Parameters<Subject['create']>[0], serial: () => number): Case[] {
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  return SHAPES.flatMap((shape): Case[] => {
    const n = serial();
    const id = `${subject.collection}-${role}-${shape}-${n}`.slice(0, 60);
    const value = subject.value(n);
    const edited = (d: DocumentData) => ({ ...d, [subject.field]: value, updatedAt: new Date().toISOString() });
    const hasValue = (s: { data: DocumentData } | undefined) => s !== undefined && same(s.data[subject.field], value);
    if (shape === 'create') return [{ role, shape, row: { assumedMasterState: null, newDocumentState: wire(subject.create(p, id, value)) }, applied: hasValue }];
    const s0 = subject.target(id);
    switch (shape) {
      case 'update': return [{ role, shape, arranged: s0, row: { assumedMasterState: wire(s0), newDocumentState: wire(edited(s0)) }, applied: hasValue }];
      case 'nullAssumed': return [{ role, shape, arranged: s0, row: { assumedMasterState: null, newDocumentState: wire(edited(s0)) }, applied: hasValue }];
      case 'stale': {
        const s1 = subject.concurrent(s0);
        const kept = (s: { data: DocumentData } | undefined) => s !== undefined && Object.keys(s1).every((k) => k === subject.field || k === 'updatedAt' || same(s.data[k], s1[k]) || ['officialNo', 'townCode', 'townName', 'verdict'].includes(k));
        return [{ role, shape, arranged: s1, row: { assumedMasterState: wire(s0), newDocumentState: wire(edited(s0)) }, applied: (s) => hasValue(s) && kept(s) }];
      }
      case 'forged': {
        const claim = subject.forge(s0, p);
        const honest = (s: { data: DocumentData } | undefined) => s !== undefined && Object.keys(claim).every((k) => same(claim[k], s0[k]) || same(s.data[k], s0[k]));
        return [{ role, shape, arranged: s0, row: { assumedMasterState: wire(claim), newDocumentState: wire(edited(claim)) }, applied: (s) => hasValue(s) && honest(s) }];
      }
      case 'delete': return [{ role, shape, arranged: s0, row: { assumedMasterState: wire(s0), newDocumentState: wire(s0, true) }, applied: (s) => s?.deleted === true }];
      case 'scopeMove': {
        const move = subject.move;
        if (!move) return [];
        // Its own updatedAt: the same row pushed by two roles is one push delivered twice (a duplicate, not applied again).
        const moved = { ...s0, [move.field]: move.value, updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString() };
        return [{ role, shape, arranged: s0, row: { assumedMasterState: wire(s0), newDocumentState: wire(moved) }, applied: (s) => s !== undefined && same(s.data[move.field], move.value) }];
      }
    }
  });
}

onEveryStore('write matrix: every collection × role × write shape against an independent oracle', (h) => {
  it('stores exactly what the oracle allows, and leaves everything else as it was', async () => {
    await signIn(h, Object.values(USERS));
    await h.arrange('hazards', [{ data: PARENT_HAZARD }]);
    const ent001 = (await h.stored('enterprises', ['ent-001'])).get('ent-001')?.data as DocumentData;
    let n = 0;
    const mismatches: string[] = [];
    let applied = 0;
    for (const subject of subjects(ent001)) {
      for (const role of ROLES) {
        const cases = casesFor(subject, role, h.principal(USERS[role]), () => ++n);
        // Cases on the same stored document (an enterprise's own profile) go one push at a time.
        for (const batch of batchesByDocument(cases)) {
          await h.arrange(subject.collection, batch.flatMap((c) => (c.arranged ? [{ data: c.arranged }] : [])));
          const answer = await h.push(USERS[role], subject.collection, batch.map((c) => c.row));
          expect(answer.status, `${role} ${subject.collection}`).toBe(200);
          const stored = await h.stored(subject.collection, batch.map((c) => c.row.newDocumentState.id));
          for (const c of batch) {
            const after = stored.get(c.row.newDocumentState.id);
            const want = expected(subject.collection, role, c.shape);
            const got = c.applied(after ? { data: after.data as DocumentData, deleted: after.deleted } : undefined);
            // An arranged event may meanwhile have its verdict: the server judges waiting events of a touched hazard.
            const { verdict: _verdict, ...afterData }: Record<string, unknown> = after?.data ?? {};
            const untouched = c.arranged ? after !== undefined && !after.deleted && canonical(afterData) === canonical(c.arranged) : after === undefined;
            if (got) applied += 1;
            if (want !== got || (!want && !untouched)) mismatches.push(`${role} ${c.shape} ${subject.collection}: expected ${want ? 'stored' : 'unchanged'}, got ${got ? 'stored' : untouched ? 'unchanged' : 'something else'}`);
          }
        }
      }
      await h.arrange('enterprises', [{ data: ent001 }]); // a supervisor's allowed move is undone for the next collection
    }
    expect(mismatches).toEqual([]);
    expect(applied).toBeGreaterThan(40); // the matrix is not "refuse everything"
  }, 120_000);
});

function batchesByDocument(cases: Case[]): Case[][] {
  const batches: Case[][] = [];
  for (const c of cases) {
    const id = c.row.newDocumentState.id;
    const batch = batches.find((b) => !b.some((other) => other.row.newDocumentState.id === id));
    if (batch) batch.push(c);
    else batches.push([c]);
  }
  return batches;
}
