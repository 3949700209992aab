import { describe, expect, it } from 'vitest';
import { Enterprise } from './enterprise';
import { enterpriseIdOf, planEnterpriseImport, type ImportContext } from './enterpriseImport';
import { completeUscc } from './uscc';

const grids = [{ id: 'g-1', name: '工业园区网格', areaCode: '320582100', townName: '杨舍镇' }, { id: 'g-2', name: '九小场所网格', areaCode: '320582100', townName: '杨舍镇' }];
const A = completeUscc('91320582MA1ABC001');
const B = completeUscc('91320582MA1ABC002');
const context = (existing: Enterprise[] = []): ImportContext => ({ grids, existing: new Map(existing.map((e) => [e.uscc, e])), now: '2026-12-01T08:00:00.000Z' });
const row = (name: string, uscc: string, grid: string, rest: Partial<Record<number, string>> = {}) =>
  Array.from({ length: 12 }, (_, i) => (i === 0 ? name : i === 1 ? uscc : i === 3 ? grid : rest[i] ?? ''));

describe('planning an enterprise import', () => {
  it('creates a full enterprise from the three required cells, filed under the named grid', () => {
    const [planned] = planEnterpriseImport([row('恒达五金', A, '工业园区网格')], context());
    expect(planned?.result).toEqual({ row: 2, status: 'created', uscc: A, name: '恒达五金' });
    expect(planned?.document).toMatchObject({ id: enterpriseIdOf(A), gridIds: ['g-1'], areaCode: '320582100', riskColour: 'blue', operatingStatus: 'operating' });
  });

  it('refuses a failing checksum, an unknown grid, a duplicate code, a missing name, and values outside the vocabulary, with the reason', () => {
    const wrong = `${A.slice(0, 17)}${A.endsWith('0') ? '1' : '0'}`;
    const results = planEnterpriseImport([
      row('甲', wrong, '工业园区网格'), row('乙', B, '不存在的网格'), row('丙', A, '工业园区网格'), row('丁', A, '工业园区网格'), row('', B, '工业园区网格'),
      row('戊', completeUscc('91320582MA1ABC003'), '工业园区网格', { 5: '紫色' }), row('己', completeUscc('91320582MA1ABC004'), '工业园区网格', { 11: '粉尘涉爆、会飞' }),
    ], context()).map((p) => p.result);
    expect(results.map((r) => [r.row, r.status])).toEqual([[2, 'refused'], [3, 'refused'], [4, 'created'], [5, 'refused'], [6, 'refused'], [7, 'refused'], [8, 'refused']]);
    expect(results.map((r) => r.reason ?? '')).toEqual([
      expect.stringContaining('校验位'), expect.stringContaining('没有名为“不存在的网格”'), '', expect.stringContaining('与第 4 行'),
      expect.stringContaining('缺少企业名称'), expect.stringContaining('风险等级“紫色”'), expect.stringContaining('标签“会飞”'),
    ]);
  });

  it('normalises full-width characters and spaces in the code before checking and matching', () => {
    const wide = ` ${A.slice(0, 6)}\u3000${A.slice(6)} `.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(planEnterpriseImport([row('恒达五金', wide, '工业园区网格')], context())[0]?.result).toMatchObject({ status: 'created', uscc: A });
  });

  it('changes nothing when the same rows are planned over what the first import stored', () => {
    const rows = [row('恒达五金', A, '工业园区网格', { 2: '杨舍镇东街 1 号', 4: '机械', 5: '黄', 6: '规上', 7: '张三', 8: '13800000000', 11: '粉尘涉爆、有限空间' }), row('便利店', B, '九小场所网格')];
    const first = planEnterpriseImport(rows, context());
    const stored = first.map((p) => Enterprise.parse(p.document));
    expect(planEnterpriseImport(rows, context(stored)).map((p) => p.result.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('updates the cells a later file fills, keeps what it leaves blank, and moves the enterprise to a new grid', () => {
    const [first] = planEnterpriseImport([row('恒达五金', A, '工业园区网格', { 5: '黄', 7: '张三' })], context());
    const stored = Enterprise.parse(first?.document);
    const [second] = planEnterpriseImport([row('恒达五金有限公司', A, '九小场所网格', { 5: '' })], context([stored]));
    expect(second?.result.status).toBe('updated');
    expect(second?.document).toMatchObject({ name: '恒达五金有限公司', gridIds: ['g-2'], riskColour: 'yellow', people: [expect.objectContaining({ role: 'principal', name: '张三' })] });
  });
});
