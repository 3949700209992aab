import { describe, expect, it } from 'vitest';
import { isTableBasis } from '@anxun/shared-schema';
import { DEMO_TEMPLATES } from './checklistTemplates';
import { demoHazards } from './demoHazards';
import { demoEnterprises } from './demoEnterprises';
import { DEMO_EXAM_QUESTIONS } from './exam/index';

const items = DEMO_TEMPLATES.flatMap((t) => t.items);
const byCode = new Map(items.map((i) => [i.code, i]));

describe('citations of the seeded templates and questions', () => {
  it('prints only bases from the citation table, on every item and question', () => {
    expect(items.filter((i) => !isTableBasis(i.basis)).map((i) => `${i.code}: ${i.basis}`)).toEqual([]);
    expect(DEMO_EXAM_QUESTIONS.filter((q) => !isTableBasis(q.basis)).map((q) => `${q.id}: ${q.basis}`)).toEqual([]);
  });

  it('carries the issue-16 corrections', () => {
    expect(byCode.get('NS-06')?.basis).toBe('消防法 第二十七条第二款');
    expect(DEMO_EXAM_QUESTIONS.find((q) => q.id === 'q-fire-08')?.basis).toBe('消防法 第二十七条第二款');
    // 令第5号 covers high-rise buildings only: only an item about high-rise buildings cites it.
    expect(items.filter((i) => i.basis.includes('令第5号')).map((i) => i.code)).toEqual(['RC-03']);
    expect(byCode.get('RC-03')?.text).toContain('高层');
    expect(DEMO_EXAM_QUESTIONS.filter((x) => x.basis.includes('令第5号'))).toEqual([]);
    // 121号 is for hazchem production and trading units, not 工贸 users of ammonia or hazchem.
    expect(DEMO_EXAM_QUESTIONS.filter((q) => q.basis.includes('121号'))).toEqual([]);
    expect(JSON.stringify([items, DEMO_EXAM_QUESTIONS])).not.toMatch(/68号|作业许可证/);
    expect(DEMO_EXAM_QUESTIONS.find((q) => q.id === 'q-gen-02')?.basis).toBe('原国家安全监管总局令第3号 第十二条');
  });

  it('splits the confined-space and dust items so a 判定 item holds the criterion alone', () => {
    expect(byCode.get('CS-01')?.text).toMatch(/或.*两者均无/);
    expect(byCode.get('CS-03')?.text).not.toContain('持续');
    expect(byCode.get('CS-05')?.text).not.toContain('擅离');
    expect(byCode.get('DE-10')?.text).toContain('严重积尘');
    for (const code of ['CS-10', 'CS-11', 'DE-13']) expect(byCode.get(code)?.majorHazardCriterion, code).toBe(false);
  });

  it('seeds a demo hazard on a 判定 item as 重大, never 一般', () => {
    const enterprises = demoEnterprises();
    const wrong = demoHazards(enterprises, new Date('2026-12-01T02:00:00Z'))
      .filter(({ hazard }) => byCode.get(hazard.checklistItemCode ?? '')?.majorHazardCriterion && hazard.proposedLevel !== 'major')
      .map(({ hazard }) => hazard.checklistItemCode);
    expect(wrong).toEqual([]);
  });
});
