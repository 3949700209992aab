import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, WireDocument } from '@anxun/shared-schema';
import { commentFor, enterpriseIn, gridIn, hazardFor, inspectionFor, templateWith } from '../testing/fixtures';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { canonical } from './documents';

type RoleName = 'officer' | 'expert' | 'enterprise' | 'supervisor' | 'admin';
const USERS: Record<RoleName, string> = { officer: 'wangge', expert: 'zhuanjia', enterprise: 'qiye', supervisor: 'jianguan', admin: 'admin' };
const IN = 'ent-001';
/** An enterprise with demo hazards that each role may not see. */
const OUT: Record<RoleName, string> = { officer: 'ent-027', expert: 'ent-027', enterprise: 'ent-002', supervisor: 'ent-064', admin: 'ent-064' };
const ROLES = Object.keys(USERS) as RoleName[];

let server: TestServer;
const sessions = {} as Record<RoleName | 'oracle', Session>;
let n = 0;
const uid = (prefix: string) => `${prefix}-${++n}`;

beforeAll(async () => {
  server = await createTestServer();
  for (const role of ROLES) sessions[role] = await server.login(USERS[role]);
  sessions.oracle = await server.login('shijianguan'); // the city supervisor sees every demo document
  for (const enterprise of [IN, ...Object.values(OUT)]) {
    await pushRows(server, 'inspections', sessions.oracle.accessToken, [{ assumedMasterState: null, newDocumentState: { ...inspectionFor(enterprise, `insp-${enterprise}`), _deleted: false } }]);
  }
});
afterAll(() => server.close());

const token = (role: RoleName) => sessions[role].accessToken;
const wire = (doc: object, deleted = false) => ({ ...doc, _deleted: deleted }) as WireDocument;
async function oracle(collection: string, id: string): Promise<WireDocument | undefined> {
  return (await pullAll(server, collection, sessions.oracle.accessToken)).documents.find((d) => d.id === id);
}
/** Creates a document as the city supervisor, so updates and deletes have something to act on. */
async function seeded(collection: string, doc: { id: string }): Promise<WireDocument> {
  const result = await pushRows(server, collection, sessions.oracle.accessToken, [{ assumedMasterState: null, newDocumentState: wire(doc) }]);
  expect(result.refused).toEqual([]);
  return (await oracle(collection, doc.id)) as WireDocument;
}

type Outcome = 'allowed' | 'refused';
interface WriteCase {
  role: RoleName;
  label: string;
  collection: string;
  expected: Outcome;
  /** Returns the row to push (after arranging what it needs). */
  row: (role: RoleName) => Promise<{ assumedMasterState: WireDocument | null; newDocumentState: WireDocument }>;
}

const actorOf = (role: RoleName) => sessions[role].principal;
const create = (make: (role: RoleName) => object) => async (role: RoleName) => ({ assumedMasterState: null, newDocumentState: wire(make(role)) });
const update = (collection: string, make: () => { id: string }, change: (d: WireDocument) => object) => async () => {
  const current = await seeded(collection, make());
  return { assumedMasterState: current, newDocumentState: wire({ ...change(current), updatedAt: new Date().toISOString() }) };
};
const remove = (collection: string, make: () => { id: string }) => async () => {
  const current = await seeded(collection, make());
  return { assumedMasterState: current, newDocumentState: { ...current, _deleted: true } };
};
const sourceFor = (role: RoleName) => (role === 'enterprise' ? 'enterpriseSelfCheck' : role === 'expert' ? 'thirdParty' : 'gridPatrol');

const table: [string, string, Record<RoleName, Outcome>, WriteCase['row']][] = [
  ['create', 'grids', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'allowed' }, create(() => gridIn('320582100', uid('grid')))],
  ['update', 'grids', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'allowed' }, update('grids', () => gridIn('320582100', uid('grid')), (g) => ({ ...g, name: '改名网格' }))],
  ['create', 'enterprises', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'allowed' }, create(() => enterpriseIn('grid-ys-01', '320582100001', uid('ent')))],
  ['update notes of own enterprise', 'enterprises', { officer: 'allowed', expert: 'refused', enterprise: 'allowed', supervisor: 'allowed', admin: 'allowed' }, async () => {
    const current = (await oracle('enterprises', IN)) as WireDocument;
    return { assumedMasterState: current, newDocumentState: { ...current, notes: uid('note'), updatedAt: new Date().toISOString() } };
  }],
  ['update risk colour of own enterprise', 'enterprises', { officer: 'allowed', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'allowed' }, async () => {
    const current = (await oracle('enterprises', IN)) as WireDocument;
    return { assumedMasterState: current, newDocumentState: { ...current, riskColour: current['riskColour'] === 'red' ? 'blue' : 'red', updatedAt: new Date().toISOString() } };
  }],
  // Enterprises and hazards stay in the ledger: nobody deletes them through a push (issue 11).
  ['delete', 'enterprises', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'refused', admin: 'refused' }, remove('enterprises', () => enterpriseIn('grid-ys-01', '320582100001', uid('ent')))],
  ['create', 'checklistTemplates', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'allowed' }, create(() => templateWith(uid('tpl')))],
  ['create patrol inspection', 'inspections', { officer: 'allowed', expert: 'allowed', enterprise: 'refused', supervisor: 'allowed', admin: 'refused' }, create((r) => inspectionFor(IN, uid('insp'), 'gridPatrol', actorOf(r).userId))],
  ['create self-check', 'inspections', { officer: 'allowed', expert: 'allowed', enterprise: 'allowed', supervisor: 'allowed', admin: 'refused' }, create((r) => inspectionFor(IN, uid('insp'), 'selfCheck', actorOf(r).userId))],
  // The seeded inspection is u-officer-1's (wangge): an expert does not rewrite another officer's record.
  ['update patrol inspection', 'inspections', { officer: 'allowed', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'refused' }, update('inspections', () => inspectionFor(IN, uid('insp')), (d) => ({ ...d, summary: '已检查' }))],
  ['delete', 'inspections', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'refused', admin: 'refused' }, remove('inspections', () => inspectionFor(IN, uid('insp')))],
  ['create patrol hazard', 'hazards', { officer: 'allowed', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'refused' }, create((r) => hazardFor(IN, uid('hz'), 'gridPatrol', actorOf(r).userId))],
  ['create hazard of own channel', 'hazards', { officer: 'allowed', expert: 'allowed', enterprise: 'allowed', supervisor: 'allowed', admin: 'refused' }, create((r) => hazardFor(IN, uid('hz'), sourceFor(r), actorOf(r).userId))],
  ['update patrol hazard', 'hazards', { officer: 'allowed', expert: 'refused', enterprise: 'refused', supervisor: 'allowed', admin: 'refused' }, update('hazards', () => hazardFor(IN, uid('hz'), 'gridPatrol', 'u-sup-city'), (d) => ({ ...d, location: '二号车间' }))],
  ['delete patrol hazard', 'hazards', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'refused', admin: 'refused' }, remove('hazards', () => hazardFor(IN, uid('hz'), 'gridPatrol', 'u-sup-city'))],
  ['create hazard outside scope', 'hazards', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'refused', admin: 'refused' }, create((r) => hazardFor(OUT[r], uid('hz'), sourceFor(r), actorOf(r).userId))],
  ['create event', 'hazardEvents', { officer: 'allowed', expert: 'allowed', enterprise: 'allowed', supervisor: 'allowed', admin: 'refused' }, create((r) => commentFor({ id: 'hz-demo-001', enterpriseId: IN }, uid('ev'), actorOf(r)))],
  ['create event in another user’s name', 'hazardEvents', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'refused', admin: 'refused' }, create((r) => commentFor({ id: 'hz-demo-001', enterpriseId: IN }, uid('ev'), { ...actorOf(r), userId: 'u-someone-else' }))],
  ['create conflict record', 'conflicts', { officer: 'refused', expert: 'refused', enterprise: 'refused', supervisor: 'refused', admin: 'refused' }, create(() => ({
    id: uid('cf'), updatedAt: new Date().toISOString(), kind: 'merge', collection: 'enterprises', documentId: IN, enterpriseId: IN, field: 'notes', pathJson: '["notes"]',
    baseJson: '""', serverJson: '""', pushedJson: '""', keptJson: '""', serverAuthor: 'x', serverDevice: 'x', pushAuthor: 'x', pushDevice: 'x', detectedAt: new Date().toISOString(), status: 'open',
  }))],
];

const cases: WriteCase[] = table.flatMap(([label, collection, expected, row]) => ROLES.map((role) => ({ role, label, collection, expected: expected[role], row })));

describe('permission matrix: push', () => {
  it.each(cases.map((c) => [c.role, c.label, c.collection, c.expected, c] as const))('%s: %s (%s) is %s', async (_role, _label, _collection, _expected, c) => {
    const row = await c.row(c.role);
    const result = await pushRows(server, c.collection, token(c.role), [row]);
    expect(result.status).toBe(200);
    const stored = await oracle(c.collection, row.newDocumentState.id);
    const landed = stored !== undefined && (row.newDocumentState._deleted ? stored._deleted : canonical({ ...stored, verdict: undefined }) === canonical({ ...row.newDocumentState, verdict: undefined }));
    if (c.expected === 'allowed') {
      expect(result.refused).toEqual([]);
      expect(landed).toBe(true);
    } else {
      expect(landed).toBe(false);
      if (c.collection !== 'hazardEvents' || row.assumedMasterState === null) expect(result.refused.map((r) => r.id)).toContain(row.newDocumentState.id);
    }
  });

  it('never changes a stored event, whoever pushes a new version of it', async () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const event = commentFor({ id: 'hz-demo-001', enterpriseId: IN }, uid('ev'), actorOf(role));
      await pushRows(server, 'hazardEvents', token(role), [{ assumedMasterState: null, newDocumentState: wire(event) }]);
      const stored = (await oracle('hazardEvents', event.id)) as WireDocument;
      await pushRows(server, 'hazardEvents', token(role), [{ assumedMasterState: stored, newDocumentState: { ...stored, payload: { text: '改写' } } }]);
      expect(await oracle('hazardEvents', event.id)).toEqual(stored);
    }
  });
});

describe('permission matrix: pull', () => {
  const visibleEnterprisesOf = (docs: WireDocument[]) => new Set(docs.map((d) => String(d['enterpriseId'] ?? d.id)));
  it.each(ROLES.filter((r) => r !== 'admin').flatMap((role) => ['enterprises', 'inspections', 'hazards', 'hazardEvents'].map((collection) => [role, collection] as const)))(
    '%s pulls %s of its own scope and never of another',
    async (role, collection) => {
      const seen = visibleEnterprisesOf((await pullAll(server, collection, token(role))).documents);
      expect(seen.has(IN)).toBe(true);
      expect(seen.has(OUT[role])).toBe(false);
    },
  );
  it.each([['officer', 'grid-ys-01', 'grid-ys-02'], ['expert', 'grid-ys-01', 'grid-ys-02'], ['enterprise', 'grid-ys-01', 'grid-ys-02'], ['supervisor', 'grid-ys-01', 'grid-tq-01'], ['admin', 'grid-ys-01', 'grid-tq-01']] as const)(
    '%s pulls grid %s and not %s',
    async (role, visible, hidden) => {
      const ids = (await pullAll(server, 'grids', token(role))).documents.map((d) => d.id);
      expect(ids).toContain(visible);
      expect(ids).not.toContain(hidden);
    },
  );
  it('an administrator pulls the ledger of its town and no record of inspections, hazards, events or writs', async () => {
    const seen = visibleEnterprisesOf((await pullAll(server, 'enterprises', token('admin'))).documents);
    expect(seen.has(IN)).toBe(true);
    expect(seen.has(OUT.admin)).toBe(false);
    for (const collection of ['inspections', 'hazards', 'hazardEvents', 'writs', 'patrols', 'tasks']) {
      expect((await pullAll(server, collection, token('admin'))).documents, collection).toEqual([]);
    }
  });
  it.each(ROLES)('%s pulls every checklist template (public reference data)', async (role) => {
    expect((await pullAll(server, 'checklistTemplates', token(role))).documents.length).toBeGreaterThanOrEqual(5);
  });
});
