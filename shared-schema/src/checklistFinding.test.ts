import { describe, expect, it } from 'vitest';
import { itemFinding } from './checklist';

describe('the title of a hazard raised from a failed checklist item', () => {
  it('is the item’s defect wording, never its requirement', () => {
    const item = { text: '生产、储存、经营易燃易爆物品的场所未与居住场所设置在同一建筑物内', finding: '生产、储存、经营易燃易爆物品的场所与居住场所设置在同一建筑物内（“三合一”）' };
    expect(itemFinding(item)).toBe(item.finding);
  });

  it('marks the requirement as not met for an item written without a defect wording', () => {
    expect(itemFinding({ text: '灭火器在有效期内' })).toBe('不符合要求：灭火器在有效期内');
    expect(itemFinding({ text: '检'.repeat(500) })).toHaveLength(200);
  });
});
