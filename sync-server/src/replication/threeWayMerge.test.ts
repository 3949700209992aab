import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MERGE_POLICIES } from '@anxun/shared-schema';
import { propertySeeds } from '@anxun/shared-schema/testing';
import { canonical } from './documents';
import { mergeDocuments, mergeObject, pathText } from './threeWayMerge';

const policy = MERGE_POLICIES.enterprises;
const base = {
  id: 'ent-1', name: '恒达木业', headcount: 40, notes: '', tags: ['dustExplosion', 'factoryRented'],
  people: [{ id: 'p1', name: '王伟', phone: '13800000001' }, { id: 'p2', name: '李娟', phone: '13800000002' }],
  updatedAt: '2026-03-01T08:00:00+08:00',
};

describe('mergeObject on an enterprise', () => {
  it('takes each side’s change when they touch different fields', () => {
    const server = { ...base, notes: '已核实' };
    const pushed = { ...base, headcount: 42 };
    const { value, conflicts } = mergeObject(policy, base, server, pushed);
    expect(value).toMatchObject({ notes: '已核实', headcount: 42 });
    expect(conflicts).toEqual([]);
  });

  it('lets the later push win a field both changed, and logs the server value', () => {
    const { value, conflicts } = mergeObject(policy, base, { ...base, headcount: 50 }, { ...base, headcount: 45 });
    expect(value['headcount']).toBe(45);
    expect(conflicts).toEqual([{ path: ['headcount'], base: 40, server: 50, pushed: 45, kept: 45 }]);
  });

  it('merges people by id: an edit on each side of different people, and an added person', () => {
    const server = { ...base, people: [base.people[0], { ...base.people[1], phone: '13900000002' }] };
    const pushed = { ...base, people: [{ ...base.people[0], name: '王伟强' }, base.people[1], { id: 'p3', name: '赵敏', phone: '13800000003' }] };
    const { value, conflicts } = mergeObject(policy, base, server, pushed);
    expect(value['people']).toEqual([
      { id: 'p1', name: '王伟强', phone: '13800000001' },
      { id: 'p2', name: '李娟', phone: '13900000002' },
      { id: 'p3', name: '赵敏', phone: '13800000003' },
    ]);
    expect(conflicts).toEqual([]);
  });

  it('keeps a person one side edited and the other removed, and logs the removal', () => {
    const server = { ...base, people: [base.people[0]] };
    const pushed = { ...base, people: [base.people[0], { ...base.people[1], phone: '13700000000' }] };
    const { value, conflicts } = mergeObject(policy, base, server, pushed);
    expect((value['people'] as unknown[]).length).toBe(2);
    expect(conflicts.map((c) => pathText(c.path))).toEqual(['people[p2]']);
  });

  it('applies tag additions and removals from both sides', () => {
    const server = { ...base, tags: ['dustExplosion', 'factoryRented', 'confinedSpace'] };
    const pushed = { ...base, tags: ['dustExplosion'] };
    expect(mergeObject(policy, base, server, pushed).value['tags']).toEqual(['dustExplosion', 'confinedSpace']);
  });

  it('keeps the latest device time without logging it', () => {
    const { value, conflicts } = mergeObject(policy, base, { ...base, updatedAt: '2026-03-02T10:00:00+08:00' }, { ...base, updatedAt: '2026-03-02T01:00:00Z' });
    expect(value['updatedAt']).toBe('2026-03-02T10:00:00+08:00');
    expect(conflicts).toEqual([]);
  });
});

describe('mergeObject on an inspection', () => {
  it('never lets a stale device reopen a finished inspection, and unions answer photos', () => {
    const p = MERGE_POLICIES.inspections;
    const answer = { itemCode: 'DE-03', result: 'fail', note: '', photoHashes: ['a'], answeredAt: '2026-03-01T08:00:00Z' };
    const b = { status: 'inProgress', answers: [answer] };
    const s = { status: 'finished', answers: [{ ...answer, photoHashes: ['a', 'b'] }] };
    const pu = { status: 'cancelled', answers: [{ ...answer, photoHashes: ['a', 'c'] }] };
    const { value } = mergeObject(p, b, s, pu);
    expect(value['status']).toBe('finished');
    expect((value['answers'] as { photoHashes: string[] }[])[0]?.photoHashes).toEqual(['a', 'b', 'c']);
  });
});

describe('mergeDocuments deletion', () => {
  const doc = (data: object, deleted = false) => ({ data: { ...base, ...data }, deleted });
  it('keeps an edit made while another device deleted the document, and logs it', () => {
    const merged = mergeDocuments(policy, doc({}), doc({}, true), doc({ notes: 'edited offline' }));
    expect(merged.deleted).toBe(false);
    expect(merged.data['notes']).toBe('edited offline');
    expect(merged.conflicts.map((c) => pathText(c.path))).toContain('_deleted');
  });
  it('keeps the server edit when the device deletes a version it had not seen', () => {
    const merged = mergeDocuments(policy, doc({}), doc({ notes: 'server edit' }), doc({}, true));
    expect(merged).toMatchObject({ deleted: false, data: { notes: 'server edit' } });
  });
  it('deletes when nobody else edited', () => {
    expect(mergeDocuments(policy, doc({}), doc({ updatedAt: base.updatedAt }), doc({}, true)).deleted).toBe(true);
  });
});

// Property: whatever two devices do from one base, no change of either side disappears silently.
const person = fc.record({ id: fc.constantFrom('p1', 'p2', 'p3', 'p4'), name: fc.constantFrom('王伟', '李娟', '赵敏'), phone: fc.constantFrom('1', '2', '3') });
const enterpriseDoc = fc.record({
  id: fc.constant('ent-1'),
  name: fc.constantFrom('甲', '乙', '丙'),
  headcount: fc.integer({ min: 0, max: 3 }),
  notes: fc.constantFrom('', 'x', 'y'),
  tags: fc.uniqueArray(fc.constantFrom('dustExplosion', 'confinedSpace', 'nineSmall'), { maxLength: 3 }),
  people: fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 4 }),
});

// Regression seeds stay pinned; one seed per run is new (ANXUN_PROPERTY_SEED replays it).
const { seeds: SEEDS, randomSeed: RANDOM_SEED } = propertySeeds([1, 20261201, 424242]);

describe(`merge properties (seeds ${SEEDS.join(', ')}; replay with ANXUN_PROPERTY_SEED=${RANDOM_SEED})`, () => {
  it('every scalar change of either side is in the result or in the conflict log', () => {
    let conflicted = 0;
    for (const seed of SEEDS) fc.assert(
      fc.property(enterpriseDoc, enterpriseDoc, enterpriseDoc, (b, s, p) => {
        const { value, conflicts } = mergeObject(policy, b, s, p);
        if (conflicts.length > 0) conflicted += 1;
        for (const field of ['name', 'headcount', 'notes'] as const) {
          for (const [side, v] of [['server', s[field]], ['pushed', p[field]]] as const) {
            if (canonical(v) === canonical(b[field])) continue;
            const kept = canonical(value[field]) === canonical(v);
            const logged = conflicts.some((c) => pathText(c.path) === field && canonical(c[side]) === canonical(v));
            expect(kept || logged).toBe(true);
          }
        }
      }),
      { numRuns: 200, seed },
    );
    // Without conflicting cases the property above proved only the easy half.
    expect(conflicted).toBeGreaterThan(0);
  });

  it('every person changed or added by either side survives or is logged', () => {
    let personConflicts = 0;
    for (const seed of SEEDS) fc.assert(
      fc.property(enterpriseDoc, enterpriseDoc, enterpriseDoc, (b, s, p) => {
        const { value, conflicts } = mergeObject(policy, b, s, p);
        const result = value['people'] as { id: string; name: string; phone: string }[];
        personConflicts += conflicts.filter((c) => pathText(c.path).startsWith('people[')).length;
        for (const side of [s, p]) {
          for (const person of side.people) {
            const before = b.people.find((x) => x.id === person.id);
            if (before && canonical(before) === canonical(person)) continue;
            const after = result.find((x) => x.id === person.id);
            const fields = (['name', 'phone'] as const).filter((f) => !before || before[f] !== person[f]);
            const ok = after !== undefined && fields.every((f) => after[f] === person[f] || conflicts.some((c) => pathText(c.path) === `people[${person.id}].${f}`));
            expect(ok).toBe(true);
          }
        }
      }),
      { numRuns: 200, seed },
    );
    expect(personConflicts).toBeGreaterThan(0);
  });

  it('is a no-op when only one side changed anything', () => {
    fc.assert(
      fc.property(enterpriseDoc, enterpriseDoc, (b, s) => {
        expect(canonical(mergeObject(policy, b, s, b).value)).toBe(canonical(s));
        expect(mergeObject(policy, b, s, b).conflicts).toEqual([]);
        expect(mergeObject(policy, b, s, s).conflicts).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
