import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basisOf, EnterpriseImportResult, QUESTION_IMPORT_COLUMNS, TEMPLATE_IMPORT_COLUMNS } from '@anxun/shared-schema';
import { pullAll } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await createTestServer();
  for (const user of ['admin', 'jianguan', 'wangge']) tokens[user] = (await server.login(user)).accessToken;
});
afterAll(() => server.close());

const csv = (columns: readonly string[], rows: string[][]) => [columns.join(','), ...rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\r\n');
const post = (user: string, kind: string, body: string, query = '') =>
  server.app.request(`/api/admin/import/${kind}${query}`, { method: 'POST', headers: { authorization: `Bearer ${tokens[user] ?? ''}`, 'content-type': 'text/csv' }, body });
const pulled = async (collection: 'checklistTemplates' | 'examQuestions') => (await pullAll(server, collection, tokens['admin'] ?? '')).documents;
const item = (tpl: string, code: string, keys = 'aqf.41.2', name = '导入检查表') => [tpl, name, '机械', '粉尘涉爆', 'C3311', code, '现场管理', `检查内容${code}`, '看现场', keys, code.endsWith('1') ? '是' : '', '7'];

describe('POST /api/admin/import/templates', () => {
  it('stores each checklist as a draft version, refuses a checklist with one bad row whole, and changes nothing the second time', async () => {
    const file = csv(TEMPLATE_IMPORT_COLUMNS, [item('imp-a', 'A-01'), item('imp-a', 'A-02'), item('imp-b', 'B-01'), item('imp-b', 'B-02', 'aqf.999')]);
    const dry = EnterpriseImportResult.parse(await (await post('admin', 'templates', file, '?dryRun=1')).json());
    expect(dry.summary).toEqual({ created: 2, updated: 0, unchanged: 0, refused: 2 });
    expect((await pulled('checklistTemplates')).some((t) => t.id.startsWith('imp-'))).toBe(false);
    const answer = EnterpriseImportResult.parse(await (await post('admin', 'templates', file)).json());
    expect(answer.rows.map((r) => r.status)).toEqual(['created', 'created', 'refused', 'refused']);
    expect(answer.rows[3]?.reason).toContain('aqf.999');
    const stored = (await pulled('checklistTemplates')).filter((t) => String(t['code']).startsWith('imp-'));
    expect(stored.map((t) => [t.id, t['status'], (t['items'] as unknown[]).length])).toEqual([['imp-a@1', 'draft', 2]]);
    expect((stored[0]?.['items'] as { basis: string; majorHazardCriterion: boolean }[])[0]).toMatchObject({ basis: basisOf('aqf.41.2'), majorHazardCriterion: true });
    expect(EnterpriseImportResult.parse(await (await post('admin', 'templates', file)).json()).summary).toEqual({ created: 0, updated: 0, unchanged: 2, refused: 2 });
  });

  it('never changes a published version: the next import of its code is a new draft version', async () => {
    const first = csv(TEMPLATE_IMPORT_COLUMNS, [item('imp-pub', 'P-01')]);
    await post('admin', 'templates', first);
    const [draft] = (await pulled('checklistTemplates')).filter((t) => t.id === 'imp-pub@1');
    await server.post('/api/replication/checklistTemplates/push', [{ assumedMasterState: draft, newDocumentState: { ...draft, status: 'published', updatedAt: new Date().toISOString() } }], tokens['admin']);
    const answer = EnterpriseImportResult.parse(await (await post('admin', 'templates', csv(TEMPLATE_IMPORT_COLUMNS, [item('imp-pub', 'P-01', 'aqf.41.2', '改名后')]))).json());
    expect(answer.summary.created).toBe(1);
    const versions = (await pulled('checklistTemplates')).filter((t) => t['code'] === 'imp-pub').map((t) => [t.id, t['status'], t['name']]).sort();
    expect(versions).toEqual([['imp-pub@1', 'published', '导入检查表'], ['imp-pub@2', 'draft', '改名后']]);
  });

  it('is for administrators only', async () => {
    for (const user of ['jianguan', 'wangge']) expect((await post(user, 'templates', csv(TEMPLATE_IMPORT_COLUMNS, [item('imp-x', 'X-01')]))).status, user).toBe(403);
    expect((await pulled('checklistTemplates')).some((t) => t.id === 'imp-x@1')).toBe(false);
  });
});

describe('POST /api/admin/import/questions', () => {
  const question = (code: string, answer = 'B', stem = `题干${code}`) => [code, '一线员工', '易', '单选', stem, '选项一', '选项二', '', '', '', '', answer, '解析', 'aqf.41.2', '粉尘涉爆'];

  it('publishes new questions, refuses a wrong answer key and any change of a published question', async () => {
    const file = csv(QUESTION_IMPORT_COLUMNS, [question('imp-1'), question('imp-2', 'D'), question('imp-1')]);
    const answer = EnterpriseImportResult.parse(await (await post('admin', 'questions', file)).json());
    expect(answer.rows.map((r) => r.status)).toEqual(['created', 'refused', 'refused']);
    const stored = (await pulled('examQuestions')).find((q) => q.id === 'q-imp-1');
    expect(stored).toMatchObject({ status: 'published', version: 1, answer: ['B'], post: 'frontline', difficulty: 1, sectorTags: ['dustExplosion'], basis: basisOf('aqf.41.2') });
    const again = EnterpriseImportResult.parse(await (await post('admin', 'questions', csv(QUESTION_IMPORT_COLUMNS, [question('imp-1'), question('imp-1b', 'A', '改过的题干')]))).json());
    expect(again.rows.map((r) => r.status)).toEqual(['unchanged', 'created']);
    const changed = EnterpriseImportResult.parse(await (await post('admin', 'questions', csv(QUESTION_IMPORT_COLUMNS, [question('imp-1', 'A')]))).json());
    expect(changed.rows[0]).toMatchObject({ status: 'refused', reason: expect.stringContaining('已发布') });
    expect((await pulled('examQuestions')).find((q) => q.id === 'q-imp-1')?.['answer']).toEqual(['B']);
  });

  it('answers a file without the template’s columns with a problem, storing nothing', async () => {
    const response = await post('admin', 'questions', '题干,答案\r\n测试,A');
    expect(response.status).toBe(422);
  });
});
