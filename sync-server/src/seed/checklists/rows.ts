import { basisOf, type ChecklistItem, type ChecklistTemplate } from '@anxun/shared-schema';
import { FINDINGS } from './findings';

/**
 * [code, section, how, 判定 item, default deadline days, citation keys joined by +, text]. The 判定
 * flag is true only where a 重大事故隐患判定标准 clause makes a failure a major hazard; the printed
 * basis is built from the citation table (shared-schema citations), never written here.
 */
export type ItemRow = [code: string, section: ChecklistItem['section'], how: ChecklistItem['howToCheck'], major: boolean, days: number, cite: string, text: string];

export const item = ([code, section, howToCheck, majorHazardCriterion, defaultDeadlineDays, cite, text]: ItemRow): ChecklistItem => ({
  code, section, howToCheck, majorHazardCriterion, defaultDeadlineDays, basis: basisOf(...cite.split('+')), text,
  ...(FINDINGS[code] ? { finding: FINDINGS[code] } : {}),
});

export function template(code: string, name: string, tags: ChecklistTemplate['appliesToTags'], categories: ChecklistTemplate['appliesToCategories'], rows: ItemRow[]): ChecklistTemplate {
  return {
    id: `${code}@1`, code, version: 1, name, appliesToTags: tags, appliesToCategories: categories,
    items: rows.map(item), retired: false, updatedAt: '2026-01-05T09:00:00+08:00',
  };
}
