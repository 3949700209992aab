import { describe, expect, it } from 'vitest';
import { ChecklistTemplate, isTableBasis, templateReasons } from '@anxun/shared-schema';
import { LIBRARY } from './index';

const byCode = new Map(LIBRARY.map((t) => [t.code, t]));

describe('the checklist library', () => {
  it('holds valid templates whose every item has a basis from the citation table', () => {
    for (const t of LIBRARY) {
      expect(ChecklistTemplate.safeParse(t).success, t.code).toBe(true);
      for (const i of t.items) {
        expect(i.basis.trim(), `${t.code} ${i.code}`).not.toBe('');
        expect(isTableBasis(i.basis), `${t.code} ${i.code}: ${i.basis}`).toBe(true);
      }
    }
  });

  it('words every item’s failure as a defect, never as the requirement itself (issue 13, item 11)', () => {
    for (const i of LIBRARY.flatMap((t) => t.items)) {
      expect(i.finding, i.code).toBeDefined();
      expect(i.finding, i.code).not.toBe(i.text);
    }
    const ns01 = LIBRARY.flatMap((t) => t.items).find((i) => i.code === 'NS-01');
    expect(ns01?.finding).toMatch(/^生产、储存、经营易燃易爆物品的场所与居住场所设置在同一建筑物内/);
  });

  it('gives one item code one content across templates, and a default deadline to every item', () => {
    const seen = new Map<string, string>();
    for (const i of LIBRARY.flatMap((t) => t.items)) {
      const content = JSON.stringify(i);
      expect(seen.get(i.code) ?? content, i.code).toBe(content);
      seen.set(i.code, content);
      expect(i.defaultDeadlineDays, i.code).toBeGreaterThanOrEqual(1);
    }
  });

  it('covers the sectors of issue 15 item 4 with a 通用 template of at least 20 items', () => {
    expect(byCode.get('general-industry')?.items.length).toBeGreaterThanOrEqual(20);
    for (const code of ['metallurgy', 'furnace-nonferrous', 'hazchem-use', 'special-work', 'dust-explosion', 'confined-space', 'ammonia-refrigeration', 'catering-gas', 'nine-small-fire', 'multi-use-building', 'residential-fire']) {
      expect(byCode.get(code)?.items.length ?? 0, code).toBeGreaterThanOrEqual(5);
    }
    expect(byCode.get('dust-explosion')?.items.filter((i) => i.majorHazardCriterion).length).toBe(12); // 11(1)–(10) + art. 3(1)(2)
  });

  it('flags 判定 only on items whose basis is a 判定标准 clause', () => {
    const flagged = LIBRARY.flatMap((t) => t.items).filter((i) => i.majorHazardCriterion);
    expect(flagged.filter((i) => !/应急管理部令第10号|GB 35181/.test(i.basis)).map((i) => i.code)).toEqual([]);
  });

  it('says why a template suits an enterprise: by sector and by tag', () => {
    const metallurgy = byCode.get('metallurgy');
    if (!metallurgy) throw new Error('no metallurgy template');
    expect(templateReasons(metallurgy, { supervisionCategory: 'metallurgy', tags: ['metallurgyGas', 'confinedSpace'] }))
      .toEqual([{ by: 'category', category: 'metallurgy' }, { by: 'tag', tag: 'metallurgyGas' }]);
    const confined = byCode.get('confined-space');
    if (!confined) throw new Error('no confined-space template');
    expect(templateReasons(confined, { supervisionCategory: 'machinery', tags: ['confinedSpace'] })).toEqual([{ by: 'tag', tag: 'confinedSpace' }]);
    expect(templateReasons(confined, { supervisionCategory: 'machinery', tags: [] })).toEqual([]);
  });
});
