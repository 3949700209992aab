import { basisOf, type EnterpriseTag, type ExamQuestion } from '@anxun/shared-schema';

/**
 * [id, sectors, stem, options, answer keys, citation keys joined by +]; two options 正确/错误 make a
 * true-false question. The printed basis is built from the citation table, never written here.
 */
export type ExamRow = [id: string, tags: EnterpriseTag[], stem: string, options: string[], answer: string, cite: string];

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F'];
export const TF = ['正确', '错误'];

export function question([id, sectorTags, stem, options, answer, cite]: ExamRow): ExamQuestion {
  const keys = answer.split('');
  const basis = basisOf(...cite.split('+'));
  return {
    id, sectorTags, stem, basis, retired: false, explanation: '', updatedAt: '2026-01-05T09:00:00+08:00',
    type: options === TF ? 'trueFalse' : keys.length > 1 ? 'multiple' : 'single',
    options: options.map((text, i) => ({ key: KEYS[i] ?? 'F', text })),
    answer: keys,
  };
}
