import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ExamPost, ExamQuestion } from './exam';
import { drawExaminees, drawExamQuestions, examineePosts, examineeSeed, MIN_GENERAL_SHARE } from './examDraw';
import type { EnterpriseTag } from './enterprise';
import type { EnterprisePerson } from './enterprise';

const at = '2026-01-01T00:00:00Z';
const q = (id: string, post: ExamPost | undefined, sectorTags: EnterpriseTag[] = [], retired = false): ExamQuestion => ({
  id, updatedAt: at, sectorTags, type: 'single', stem: id, options: [{ key: 'A', text: 'a' }, { key: 'B', text: 'b' }], answer: ['A'], explanation: 'e', basis: 'b', retired,
  ...(post ? { post } : {}),
});
const range = (prefix: string, n: number, post: ExamPost | undefined, tags: EnterpriseTag[] = []) => Array.from({ length: n }, (_, i) => q(`${prefix}${i}`, post, tags));
const bank: ExamQuestion[] = [
  ...range('gen', 8, 'all'), ...range('old', 3, undefined), ...range('gdust', 4, 'all', ['dustExplosion']), ...range('gamm', 4, 'all', ['ammoniaRefrigeration']),
  ...range('pri', 6, 'principal'), ...range('fl', 6, 'frontline'), ...range('fldust', 4, 'frontline', ['dustExplosion']), ...range('sop', 5, 'specialOperator'),
  q('retired', 'all', [], true), q('retiredFl', 'frontline', [], true),
];
const person = (id: string, extra: Partial<EnterprisePerson> = {}): EnterprisePerson => ({ id, role: 'frontline', name: id, ...extra });
const roster = [person('s1', { role: 'principal' }), person('s2'), person('s3', { role: 'specialOperator' }), person('s4', { leftOn: '2026-03-01' }), person('s5'), person('s6', { role: 'safetyOfficer' })];
const today = '2026-06-01';

describe('drawExaminees', () => {
  it('always draws the principal first at enforcement checks, whatever the seed', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), fc.integer({ min: 1, max: 6 }), (seed, count) => {
      for (const inspectionType of ['enforcement', 'randomDraw'] as const) {
        expect(drawExaminees(roster, { seed, count, inspectionType, today })[0]?.id).toBe('s1');
      }
    }));
  });
  it('draws the principal only by chance at a grid patrol, and every current member sometimes', () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, seed) => drawExaminees(roster, { seed, count: 1, inspectionType: 'gridPatrol', today })[0]?.id));
    expect([...firsts].sort()).toEqual(['s1', 's2', 's3', 's5', 's6']);
  });
  it('is reproducible from the seed whatever the roster order, never repeats and never draws someone who left', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), (seed) => {
      const a = drawExaminees(roster, { seed, count: 3, inspectionType: 'enforcement', today }).map((m) => m.id);
      const b = drawExaminees([...roster].reverse(), { seed, count: 3, inspectionType: 'enforcement', today }).map((m) => m.id);
      expect(a).toEqual(b);
      expect(new Set(a).size).toBe(3);
      expect(a).not.toContain('s4');
    }));
  });
  it('draws fewer when the roster is small, and someone who left is current until the day they leave', () => {
    expect(drawExaminees([person('a'), person('b')], { seed: 3, count: 5, inspectionType: 'enforcement', today })).toHaveLength(2);
    expect(drawExaminees([person('a', { leftOn: '2026-06-02' })], { seed: 3, count: 2, inspectionType: 'gridPatrol', today })).toHaveLength(1);
    expect(drawExaminees([], { seed: 3, count: 2, inspectionType: 'enforcement', today })).toEqual([]);
  });
});

describe('drawExamQuestions', () => {
  const draw = (seed: number, posts: ExamQuestion['post'][] & string[], sectorTags: EnterpriseTag[] = ['dustExplosion'], count = 5) =>
    drawExamQuestions(bank, { seed, count, sectorTags, posts: posts as never });
  it('gives at least 40 % general questions and fills the rest with the examinee’s post', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), (seed) => {
      const drawn = draw(seed, ['frontline']);
      expect(drawn).toHaveLength(5);
      const general = drawn.filter((x) => (x.post ?? 'all') === 'all').length;
      expect(general).toBeGreaterThanOrEqual(Math.ceil(5 * MIN_GENERAL_SHARE));
      expect(drawn.filter((x) => x.post === 'frontline')).toHaveLength(5 - general);
      expect(drawn.every((x) => (x.post ?? 'all') === 'all' || x.post === 'frontline')).toBe(true);
    }));
  });
  it('gives a principal principal-duty questions, even at an enterprise with sector tags', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), (seed) => {
      const drawn = draw(seed, examineePosts({ post: 'frontline', isPrincipal: true }));
      expect(drawn.filter((x) => x.post === 'principal').length).toBeGreaterThanOrEqual(3);
    }));
  });
  it('never draws a retired, repeated or other-sector question, and replays from the seed whatever the bank order', () => {
    fc.assert(fc.property(fc.nat(0xffffffff), (seed) => {
      const a = draw(seed, ['frontline']);
      const b = drawExamQuestions([...bank].reverse(), { seed, count: 5, sectorTags: ['dustExplosion'], posts: ['frontline'] });
      expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id));
      expect(new Set(a.map((x) => x.id)).size).toBe(5);
      expect(a.some((x) => x.retired || x.sectorTags.includes('ammoniaRefrigeration'))).toBe(false);
    }));
  });
  it('mixes sector questions with sector-free ones over many draws', () => {
    const ids = Array.from({ length: 50 }, (_, seed) => draw(seed, ['frontline'])).flat().map((x) => x.id);
    expect(ids.some((id) => id.startsWith('gdust'))).toBe(true);
    expect(ids.some((id) => id.startsWith('gen') || id.startsWith('old'))).toBe(true);
    expect(ids.some((id) => id.startsWith('fldust'))).toBe(true);
  });
  it('fills from general questions when the post has none, and returns fewer when the bank is small', () => {
    expect(draw(1, ['safetyManager']).every((x) => (x.post ?? 'all') === 'all')).toBe(true);
    expect(draw(1, ['safetyManager'])).toHaveLength(5);
    expect(drawExamQuestions(range('x', 2, 'all'), { seed: 1, count: 5, sectorTags: [], posts: ['frontline'] })).toHaveLength(2);
  });
  it('fills from post questions when general ones run short', () => {
    const small = [...range('g', 1, 'all'), ...range('p', 6, 'specialOperator')];
    const drawn = drawExamQuestions(small, { seed: 9, count: 5, sectorTags: [], posts: ['specialOperator'] });
    expect(drawn.filter((x) => x.post === 'specialOperator')).toHaveLength(4);
  });
});

describe('examineeSeed', () => {
  it('gives each examinee a different, reproducible seed', () => {
    const seeds = [0, 1, 2, 3].map((i) => examineeSeed(12345, i));
    expect(new Set(seeds).size).toBe(4);
    expect(examineeSeed(12345, 2)).toBe(seeds[2]);
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s <= 0xffffffff)).toBe(true);
  });
});
