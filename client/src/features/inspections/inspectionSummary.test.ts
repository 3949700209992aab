import { describe, expect, it } from 'vitest';
import type { ChecklistTemplate, Inspection } from '@anxun/shared-schema';
import { countAnswers } from './inspectionSummary';

const item = (code: string) => ({ code, section: 'special' as const, text: code, howToCheck: 'site' as const, basis: '', majorHazardCriterion: false, defaultDeadlineDays: 7 });
const template = { items: ['A', 'B', 'C', 'D'].map(item) } as ChecklistTemplate;
const answer = (itemCode: string, result: 'pass' | 'fail' | 'na', hazardId?: string) => ({ itemCode, result, note: '', photoHashes: [], answeredAt: '2026-03-01T00:00:00Z', ...(hazardId ? { hazardId } : {}) });

describe('countAnswers', () => {
  it('counts results, open items and hazards; answers to items not in the template are ignored', () => {
    const inspection = { answers: [answer('A', 'pass'), answer('B', 'fail', 'h1'), answer('C', 'na'), answer('Z', 'fail')] } as unknown as Inspection;
    expect(countAnswers(inspection, template)).toEqual({ pass: 1, fail: 1, na: 1, open: 1, hazards: 1, total: 4 });
  });
});
