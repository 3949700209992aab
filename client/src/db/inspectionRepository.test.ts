import { describe, expect, it } from 'vitest';
import type { ChecklistTemplate, Enterprise } from '@anxun/shared-schema';
import { rankTemplates } from './inspectionRepository';

const template = (code: string, version: number, tags: ChecklistTemplate['appliesToTags'], categories: ChecklistTemplate['appliesToCategories'] = []): ChecklistTemplate => ({
  id: `${code}@${version}`, code, version, name: code, appliesToTags: tags, appliesToCategories: categories, items: [], retired: false, updatedAt: '2026-01-01T00:00:00Z',
});
const enterprise = { tags: ['dustExplosion'], supervisionCategory: 'machinery' } as unknown as Enterprise;

describe('rankTemplates', () => {
  it('puts templates for the enterprise’s tags or category first, and keeps only the latest version', () => {
    const ranked = rankTemplates([template('nine-small', 1, ['nineSmall']), template('dust', 1, ['dustExplosion']), template('dust', 2, ['dustExplosion']), template('general', 1, [], ['machinery'])], enterprise);
    expect(ranked.map((r) => [r.template.id, r.suited])).toEqual([['dust@2', true], ['general@1', true], ['nine-small@1', false]]);
  });
});
