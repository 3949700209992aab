import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawQuestions, scoreExam, type ExamQuestion } from './exam';

const q = (id: string, sectorTags: ExamQuestion['sectorTags'] = [], retired = false, answer = ['A']): ExamQuestion => ({
  id, updatedAt: '2026-01-01T00:00:00Z', sectorTags, type: answer.length > 1 ? 'multiple' : 'single', stem: id,
  options: [{ key: 'A', text: 'a' }, { key: 'B', text: 'b' }, { key: 'C', text: 'c' }], answer, explanation: '', basis: '', retired,
});
const bank = [q('g1'), q('g2'), q('g3'), q('g4'), q('d1', ['dustExplosion']), q('d2', ['dustExplosion']), q('d3', ['dustExplosion'], true), q('c1', ['confinedSpace'])];

describe('drawQuestions', () => {
  it('is the same for the same seed, on any device, whatever the bank order', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), (seed) => {
      const a = drawQuestions(bank, { seed, count: 5, sectorTags: ['dustExplosion'] }).map((x) => x.id);
      const b = drawQuestions([...bank].reverse(), { seed, count: 5, sectorTags: ['dustExplosion'] }).map((x) => x.id);
      expect(a).toEqual(b);
      expect(new Set(a).size).toBe(a.length);
    }));
  });
  it('takes the sector’s questions first, never a retired one, and fills with general ones', () => {
    const drawn = drawQuestions(bank, { seed: 7, count: 4, sectorTags: ['dustExplosion'] }).map((x) => x.id);
    expect(drawn.slice(0, 2).sort()).toEqual(['d1', 'd2']);
    expect(drawn).not.toContain('d3');
    expect(drawn).not.toContain('c1');
    expect(drawn).toHaveLength(4);
  });
  it('returns fewer questions when the bank is smaller than asked', () => {
    expect(drawQuestions(bank, { seed: 1, count: 50, sectorTags: [] })).toHaveLength(4);
  });
});

describe('scoreExam', () => {
  const questions = [q('a'), q('b'), q('m', [], false, ['A', 'C']), q('d'), q('e')];
  it('counts a multiple-choice answer only when exactly right', () => {
    expect(scoreExam(questions, [{ questionId: 'm', chosen: ['A'] }]).correct).toBe(0);
    expect(scoreExam(questions, [{ questionId: 'm', chosen: ['C', 'A'] }]).correct).toBe(1);
  });
  it('passes at exactly the pass mark and fails below it; no answers score 0', () => {
    const three = ['a', 'b', 'd'].map((id) => ({ questionId: id, chosen: ['A'] }));
    expect(scoreExam(questions, three)).toEqual({ correct: 3, score: 60, passed: true });
    expect(scoreExam(questions, three.slice(0, 2))).toEqual({ correct: 2, score: 40, passed: false });
    expect(scoreExam(questions, [])).toEqual({ correct: 0, score: 0, passed: false });
  });
});
