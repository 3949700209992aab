import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeUscc, EnterpriseImportResult, ENTERPRISE_IMPORT_COLUMNS, Problem } from '@anxun/shared-schema';
import { pullAll } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD } from '../seed/demoUsers';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await createTestServer();
  // Another town's administrator (塘桥镇), to attack the first town's ledger.
  await server.store.admin.createUser({ principal: { userId: 'u-admin-tq', username: 'admin-tq', displayName: '塘桥镇系统管理员', role: 'admin', gridIds: [], areaCode: '320582101' }, passwordHash: await hashPassword(DEMO_PASSWORD) });
  for (const user of ['admin', 'admin-tq', 'jianguan', 'wangge', 'qiye', 'shijianguan']) tokens[user] = (await server.login(user)).accessToken;
});
afterAll(() => server.close());

const GRID = '杨舍镇工业企业网格一';
const code = (n: number) => completeUscc(`91320582MA2${String(n).padStart(6, '0')}`);
const csv = (rows: string[][]) => [ENTERPRISE_IMPORT_COLUMNS.join(','), ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\r\n');
const line = (name: string, uscc: string, grid = GRID, extra: string[] = []) => [name, uscc, '杨舍镇', grid, ...extra];
const post = (user: string, body: string | Uint8Array, query = '') =>
  server.app.request(`/api/admin/import/enterprises${query}`, { method: 'POST', headers: { authorization: `Bearer ${tokens[user] ?? ''}`, 'content-type': 'text/csv' }, body });
const ledger = async (user = 'shijianguan') => (await pullAll(server, 'enterprises', tokens[user] ?? '')).documents;

describe('POST /api/admin/import/enterprises', () => {
  it('imports the valid rows, refuses each wrong one with its reason and stores nothing of it; the same file again changes nothing', async () => {
    const good = Array.from({ length: 20 }, (_, i) => line(`导入企业${i}`, code(i), i % 2 ? GRID : '杨舍镇工业企业网格二', i === 3 ? ['机械', '红', '规上', '张三', '13800000000', '', '', '粉尘涉爆、有限空间'] : []));
    const wrongChecksum = `${code(90).slice(0, 17)}${code(90).endsWith('1') ? '2' : '1'}`;
    const bad = [line('校验错误', wrongChecksum), line('未知网格', code(91), '不存在的网格'), line('重复', code(0)), line('', code(92)), line('外镇网格', code(93), '塘桥镇工业企业网格')];
    const file = csv([...good, ...bad]);
    const dry = EnterpriseImportResult.parse(await (await post('admin', file, '?dryRun=1')).json());
    expect(dry.summary).toEqual({ created: 20, updated: 0, unchanged: 0, refused: 5 });
    expect((await ledger()).some((d) => String(d['name']).startsWith('导入企业'))).toBe(false);

    const answer = EnterpriseImportResult.parse(await (await post('admin', file)).json());
    expect(answer.summary).toEqual({ created: 20, updated: 0, unchanged: 0, refused: 5 });
    expect(answer.rows.filter((r) => r.status === 'refused').map((r) => [r.row, r.reason?.slice(0, 12)])).toEqual([
      [22, expect.stringContaining('校验位')], [23, expect.stringContaining('没有名为')], [24, expect.stringContaining('与第 2 行')], [25, expect.stringContaining('缺少企业名称')], [26, expect.stringContaining('没有名为')],
    ]);
    const stored = await ledger();
    expect(stored.filter((d) => String(d['name']).startsWith('导入企业'))).toHaveLength(20);
    expect(stored.some((d) => ['校验错误', '未知网格', '重复', '外镇网格'].includes(String(d['name'])) || d['uscc'] === code(92))).toBe(false);
    expect(stored.find((d) => d['uscc'] === code(3))).toMatchObject({ supervisionCategory: 'machinery', riskColour: 'red', scale: 'aboveSize', tags: ['dustExplosion', 'confinedSpace'] });

    const again = EnterpriseImportResult.parse(await (await post('admin', file)).json());
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 20, refused: 5 });
  });

  it('refuses everyone but administrators, before reading the file', async () => {
    for (const user of ['jianguan', 'wangge', 'qiye']) {
      const answer = await post(user, csv([line('越权企业', code(200))]));
      expect(answer.status, user).toBe(403);
      expect(Problem.parse(await answer.json()).code).toBe('forbidden');
    }
    expect((await ledger()).some((d) => d['name'] === '越权企业')).toBe(false);
  });

  it('gives another town’s administrator neither this town’s grids nor its enterprises', async () => {
    const existing = (await ledger('admin')).find((d) => d['id'] === 'ent-001');
    const answer = EnterpriseImportResult.parse(await (await post('admin-tq', csv([line('改名', String(existing?.['uscc']), '塘桥镇工业企业网格'), line('偷放', code(300))]))).json());
    expect(answer.rows.map((r) => r.status)).toEqual(['refused', 'refused']);
    expect(answer.rows[1]?.reason).toContain('没有名为');
    expect((await ledger()).find((d) => d['id'] === 'ent-001')?.['name']).toBe(existing?.['name']);
  });

  it('answers a file that is not a ledger with a problem, and an oversized one with 413', async () => {
    for (const body of [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '', 'a,b,c\r\n1,2,3']) {
      const answer = await post('admin', body);
      expect(answer.status).toBe(422);
      expect(Problem.parse(await answer.json()).code).toBe('import_unreadable');
    }
    const huge = await server.app.request('/api/admin/import/enterprises', { method: 'POST', headers: { authorization: `Bearer ${tokens['admin'] ?? ''}`, 'content-length': String(17 * 1024 * 1024) }, body: 'x' });
    expect(huge.status).toBe(413);
    expect((await post('admin', csv([]), '?dryRun=yes')).status).toBe(400);
  });

  it('reads a CSV saved as GB18030 by Excel', async () => {
    const gbk = new Uint8Array(Buffer.from('d0d5c3fb', 'hex')); // 姓名 in GB18030: not UTF-8
    const answer = await post('admin', gbk, '?dryRun=1');
    expect(Problem.parse(await answer.json()).detail).toContain('缺少列');
  });
});
