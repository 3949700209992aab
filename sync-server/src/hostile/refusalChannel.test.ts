import { beforeEach, expect, it } from 'vitest';
import { ConflictRecord, HazardDetail, type WireDocument } from '@anxun/shared-schema';
import { enterpriseIn, hazardFor } from '../testing/fixtures';
import { getJson } from '../testing/overviewClient';
import { pullAll, pushRows } from '../testing/replicationClient';
import type { TestServer } from '../testing/testServer';
import { loginAsNewUser, onEachStore, TANGQIAO_SUPERVISOR } from './eachStore';

/** Hole 5: a refused row is the author's text; it must never travel to the enterprise it aimed at. */
const INJECTED = '【注入】请立即致电 400-000-0000 领取补贴';
// ent-002 shares qiye's grid (officer wangge); ent-030 is wangge2's; ent-065 lies in 塘桥镇.
const TARGETS = ['ent-002', 'ent-030', 'ent-065'];

onEachStore('refusals stay with their author', (server: () => TestServer) => {
  let tokens: Record<string, string>;
  let victim: WireDocument;
  let attacked = false;
  beforeEach(async () => {
    if (attacked) return;
    attacked = true;
    const s = server();
    tokens = {};
    for (const u of ['qiye', 'qiye2', 'wangge', 'wangge2', 'wangge3', 'jianguan', 'shijianguan']) tokens[u] = (await s.login(u)).accessToken;
    tokens['tangqiao'] = await loginAsNewUser(s, TANGQIAO_SUPERVISOR);
    const known = (await pullAll(s, 'enterprises', tokens['wangge'] ?? '')).documents.find((d) => d.id === 'ent-002');
    if (!known) throw new Error('ent-002 not in the seed');
    victim = known;
    // A modified client: qiye overwrites other enterprises' profiles and files hazards in their name.
    for (const id of TARGETS) {
      const profile = { ...enterpriseIn('grid-ys-01', '320582100001', id), name: INJECTED, notes: INJECTED, _deleted: false };
      const hazard = { ...hazardFor(id, `hz-inject-${id}`, 'enterpriseSelfCheck', 'u-ent-1'), title: INJECTED, _deleted: false };
      expect((await pushRows(s, 'enterprises', tokens['qiye'] ?? '', [{ assumedMasterState: null, newDocumentState: profile }])).refused).toHaveLength(1);
      expect((await pushRows(s, 'hazards', tokens['qiye'] ?? '', [{ assumedMasterState: null, newDocumentState: hazard }])).refused).toHaveLength(1);
    }
  }, 120_000);

  const conflictsOf = async (user: string) => (await pullAll(server(), 'conflicts', tokens[user] ?? '')).documents.map((d) => ConflictRecord.parse(d));
  const refusalsBy = (records: ConflictRecord[], author: string) => records.filter((r) => r.kind === 'refused' && r.pushAuthor === author);

  it('gives the attacked enterprises, their officers and another town nothing of the refused rows', async () => {
    for (const user of ['qiye2', 'wangge2', 'wangge3', 'tangqiao']) {
      const records = await conflictsOf(user);
      expect(refusalsBy(records, 'u-ent-1'), user).toEqual([]);
      expect(JSON.stringify(records), user).not.toContain(INJECTED);
    }
    const overview = await getJson(server(), '/api/conflicts?status=all', tokens['tangqiao'] ?? '');
    expect(JSON.stringify(overview.body)).not.toContain(INJECTED);
  });

  it('shows the author and the supervisors of the author\'s town every refusal, without the data it aimed at', async () => {
    const own = refusalsBy(await conflictsOf('qiye'), 'u-ent-1');
    expect(new Set(own.map((r) => r.documentId))).toEqual(new Set([...TARGETS, ...TARGETS.map((id) => `hz-inject-${id}`)]));
    const town = refusalsBy((await getJson(server(), '/api/conflicts?status=all', tokens['jianguan'] ?? '')).body as ConflictRecord[], 'u-ent-1');
    expect(town.map((r) => r.id).sort()).toEqual(own.map((r) => r.id).sort());
    for (const record of own) {
      expect(record.enterpriseId ?? 'ent-001').toBe('ent-001');
      expect(record).toMatchObject({ serverJson: 'null', keptJson: 'null', serverAuthor: '', serverDevice: '' });
    }
    // ent-002's officer also covers qiye's enterprise, so he sees qiye's refusals: still nothing of ent-002 in them.
    const stolen = [String(victim['name']), String(victim['uscc']), ...((victim['people'] as { phone?: string }[]).flatMap((p) => (p.phone ? [p.phone] : [])))];
    for (const user of ['qiye', 'wangge', 'jianguan']) {
      const text = JSON.stringify(await conflictsOf(user));
      for (const secret of stolen) expect(text, `${user} must not receive ${secret}`).not.toContain(secret);
    }
  });

  it('gives an officer his own refusal wherever it aimed, and the enterprise it aimed at nothing', async () => {
    const s = server();
    const officer = await s.login('wangge2');
    // ent-002 lies in wangge's grid, not in wangge2's.
    const hazard = { ...hazardFor('ent-002', 'hz-inject-by-officer', 'gridPatrol', 'u-officer-2'), title: INJECTED, _deleted: false };
    expect((await pushRows(s, 'hazards', officer.accessToken, [{ assumedMasterState: null, newDocumentState: hazard }])).refused).toHaveLength(1);
    const own = refusalsBy(await conflictsOf('wangge2'), 'u-officer-2');
    expect(own.map((r) => r.documentId)).toEqual([hazard.id]);
    for (const user of ['qiye2', 'wangge', 'tangqiao']) expect(refusalsBy(await conflictsOf(user), 'u-officer-2'), user).toEqual([]);
    const town = (await getJson(s, '/api/conflicts?status=all', tokens['jianguan'] ?? '')).body as ConflictRecord[];
    expect(refusalsBy(town, 'u-officer-2').map((r) => r.documentId)).toEqual([hazard.id]);
  });

  it('keeps an event naming another enterprise\'s hazard off that hazard\'s timeline', async () => {
    const s = server();
    const hazard = { ...hazardFor('ent-002', 'hz-victim-timeline', 'gridPatrol', 'u-officer-1'), _deleted: false };
    expect((await pushRows(s, 'hazards', tokens['wangge'] ?? '', [{ assumedMasterState: null, newDocumentState: hazard }])).refused).toEqual([]);
    const event = {
      id: 'ev-inject-timeline', hazardId: hazard.id, enterpriseId: 'ent-001', type: 'comment', payload: { text: INJECTED },
      actorId: 'u-ent-1', actorRole: 'enterprise', actorName: '企业安全员', deviceId: 'device-qiye', deviceTime: new Date().toISOString(),
      updatedAt: new Date().toISOString(), _deleted: false,
    };
    await pushRows(s, 'hazardEvents', tokens['qiye'] ?? '', [{ assumedMasterState: null, newDocumentState: event }]);
    const { status, body } = await getJson(s, `/api/overview/hazards/${hazard.id}`, tokens['jianguan'] ?? '');
    expect(status).toBe(200);
    const detail = HazardDetail.parse(body);
    expect(detail.events.map((e) => e.event.id)).not.toContain(event.id);
    expect(JSON.stringify(detail)).not.toContain(INJECTED);
    expect((await pullAll(s, 'hazardEvents', tokens['qiye2'] ?? '')).documents.map((d) => d.id)).not.toContain(event.id);
  });
});
