import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writ, type WireDocument } from '@anxun/shared-schema';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

function writFor(enterpriseId: string, id: string, kind: Writ['kind'], issuedBy = 'u-officer-1'): Writ {
  const at = '2026-06-01T09:30:00+08:00';
  return {
    id, kind, enterpriseId, hazardIds: ['h-1'], townCode: '320582100', townName: '杨舍镇', provisionalNo: `AB12-20260601-${id.slice(-3)}`,
    party: { name: '测试企业', uscc: '91320582MA1X00000X', address: '杨舍镇', legalRepresentative: '张三' },
    place: '生产车间', inspectedAt: at, findings: '', legalBasis: '《中华人民共和国安全生产法》第六十五条',
    items: [{ hazardId: 'h-1', title: '灭火器过期', description: '', location: '仓库', level: 'general', basis: '', measures: '更换灭火器', deadline: '2026-06-15', photosBefore: [] }],
    deadline: '2026-06-15', issuedAt: at, issuedBy, officers: [{ id: issuedBy, name: '王建国' }, ...(kind === 'orderToRectify' || kind === 'onsiteMeasures' ? [{ id: 'u-enforcer-2', name: '陈立新' }] : [])], signatures: [], updatedAt: at,
    ...(kind === 'onsiteMeasures' ? { decision: { measures: ['withdrawWorkers' as const] } } : {}),
  };
}

const create = (writ: Writ) => ({ assumedMasterState: null, newDocumentState: { ...writ, _deleted: false } });
const edit = (assumed: WireDocument, next: Writ) => ({ assumedMasterState: assumed, newDocumentState: { ...next, _deleted: false } });

describe('official writ numbers on push', () => {
  let server: TestServer;
  let token: string;
  beforeEach(async () => {
    server = await createTestServer();
    token = (await server.login('wangge')).accessToken;
  });
  afterEach(() => server.close());

  it('numbers a new writ per town, kind and year, and hands the number back to the device', async () => {
    const first = await pushRows(server, 'writs', token, [create(writFor('ent-001', 'w-001', 'rectificationNotice'))]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual([expect.objectContaining({ id: 'w-001', officialNo: '杨舍应急隐通〔2026〕1号' })]);
    await pushRows(server, 'writs', token, [create(writFor('ent-001', 'w-002', 'rectificationNotice')), create(writFor('ent-001', 'w-003', 'onsiteRecord'))]);
    await pushRows(server, 'writs', token, [create(writFor('ent-001', 'w-004', 'recheckOpinion'))]);
    const { documents } = await pullAll(server, 'writs', token);
    expect(Object.fromEntries(documents.map((d) => [d.id, d['officialNo']]))).toEqual({
      'w-001': '杨舍应急隐通〔2026〕1号', 'w-002': '杨舍应急隐通〔2026〕2号', 'w-003': '杨舍应急现记〔2026〕1号', 'w-004': '杨舍应急复查〔2026〕1号',
    });
  });

  it('takes the town from the enterprise the server knows, whatever the device wrote', async () => {
    const tq = await server.login('wangge3');
    const enterprise = (await pullAll(server, 'enterprises', tq.accessToken)).documents[0];
    if (!enterprise) throw new Error('no 塘桥镇 enterprise');
    const writ = { ...writFor(enterprise.id, 'w-tq-1', 'rectificationNotice', 'u-officer-3'), townName: '杨舍镇' };
    const { body } = await pushRows(server, 'writs', tq.accessToken, [create(writ)]);
    expect(body).toEqual([expect.objectContaining({ officialNo: '塘桥应急隐通〔2026〕1号', townName: '塘桥镇', townCode: '320582101' })]);
  });

  it('drops an official number a device sends', async () => {
    const forged = { ...writFor('ent-001', 'w-001', 'rectificationNotice'), officialNo: '杨舍应急隐通〔2026〕99号' };
    const { body } = await pushRows(server, 'writs', token, [create(forged)]);
    expect(body).toEqual([expect.objectContaining({ officialNo: '杨舍应急隐通〔2026〕1号' })]);
  });

  it('refuses an edit of a numbered writ with writ_numbered, logs it, and keeps added signatures', async () => {
    const [numbered] = (await pushRows(server, 'writs', token, [create(writFor('ent-001', 'w-001', 'rectificationNotice'))])).body as WireDocument[];
    if (!numbered) throw new Error('no answer');
    const parsed = Writ.parse(numbered);
    const changed = { ...parsed, deadline: '2026-07-01', updatedAt: '2026-06-02T08:00:00+08:00' };
    const refused = await pushRows(server, 'writs', token, [edit(numbered, changed)]);
    expect(refused.refused).toEqual([expect.objectContaining({ id: 'w-001', code: 'writ_numbered' })]);
    expect(refused.body).toEqual([expect.objectContaining({ deadline: '2026-06-15' })]);
    const conflicts = (await pullAll(server, 'conflicts', token)).documents;
    expect(conflicts).toContainEqual(expect.objectContaining({ kind: 'refused', documentId: 'w-001', reason: expect.stringContaining('writ_numbered') }));

    const signed = { ...parsed, signatures: [{ signerName: '李厂长', signerRole: 'enterpriseRepresentative' as const, refused: false, at: '2026-06-02T08:00:00+08:00' }] };
    const kept = await pushRows(server, 'writs', token, [edit(numbered, signed)]);
    expect(kept.refused).toEqual([]);
    const stored = (await pullAll(server, 'writs', token)).documents.find((d) => d.id === 'w-001');
    expect(stored).toEqual(expect.objectContaining({ officialNo: '杨舍应急隐通〔2026〕1号', signatures: [expect.objectContaining({ signerName: '李厂长' })] }));
  });

  it('lets only enforcement officers issue a 责令限期整改指令书', async () => {
    const refused = await pushRows(server, 'writs', token, [create(writFor('ent-001', 'w-001', 'orderToRectify'))]);
    expect(refused.refused).toEqual([expect.objectContaining({ id: 'w-001' })]);
    const enforcer = await server.login('zhifa');
    const { body } = await pushRows(server, 'writs', enforcer.accessToken, [create(writFor('ent-001', 'w-002', 'orderToRectify', 'u-enforcer-1'))]);
    expect(body).toEqual([expect.objectContaining({ officialNo: '杨舍应急责改〔2026〕1号' })]);
  });

  it('lets only enforcement officers issue a 现场处理措施决定书, numbered in its own 现决 series', async () => {
    const refused = await pushRows(server, 'writs', token, [create(writFor('ent-001', 'w-001', 'onsiteMeasures'))]);
    expect(refused.refused).toEqual([expect.objectContaining({ id: 'w-001' })]);
    const enforcer = await server.login('zhifa');
    const { body } = await pushRows(server, 'writs', enforcer.accessToken, [create(writFor('ent-001', 'w-002', 'onsiteMeasures', 'u-enforcer-1'))]);
    expect(body).toEqual([expect.objectContaining({ officialNo: '杨舍应急现决〔2026〕1号' })]);
  });

  it('refuses a 责令限期整改指令书 naming one enforcement officer (400, says why) and numbers nothing for it', async () => {
    const enforcer = await server.login('zhifa');
    const alone = { ...writFor('ent-001', 'w-005', 'orderToRectify', 'u-enforcer-1'), officers: [{ id: 'u-enforcer-1', name: '陈立新' }] };
    const first = await pushRows(server, 'writs', enforcer.accessToken, [create(alone)]);
    expect(first.status).toBe(400);
    expect(JSON.stringify(first.body)).toContain('两名执法人员');
    const sameNameTwice = { ...alone, id: 'w-006', officers: [{ id: 'u-enforcer-1', name: '陈立新' }, { id: 'x', name: '陈立新' }] };
    expect((await pushRows(server, 'writs', enforcer.accessToken, [create(sameNameTwice)])).status).toBe(400);
    expect((await pullAll(server, 'writs', enforcer.accessToken)).documents).toEqual([]);
  });

  it('never gives two writs one number when several devices push at once', async () => {
    const enforcer = await server.login('zhifa');
    const pushes = Array.from({ length: 12 }, (_, i) =>
      pushRows(server, 'writs', i % 2 ? token : enforcer.accessToken, [create(writFor('ent-001', `w-${String(i).padStart(3, '0')}`, 'rectificationNotice'))]));
    await Promise.all(pushes);
    const numbers = (await pullAll(server, 'writs', token)).documents.map((d) => String(d['officialNo']));
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.map((n) => Number(/〕(\d+)号/.exec(n)?.[1])).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
