import { describe, expect, it } from 'vitest';
import { applyChanges, changedFields } from './changedFields';

interface Profile {
  name: string;
  notes: string;
  headcount: number;
  people: { id: string; phone?: string }[];
  landlord?: string;
}

const base: Profile = { name: '甲厂', notes: '', headcount: 10, people: [{ id: 'p1', phone: '123456' }], landlord: '乙' };

describe('changedFields', () => {
  it('lists only what the form changed, comparing lists by value', () => {
    const draft = { ...base, notes: '已整改', people: [{ id: 'p1', phone: '123456' }] };
    expect(changedFields(base, draft)).toEqual({ notes: '已整改' });
  });

  it('records a cleared optional field as removed', () => {
    const { landlord: _gone, ...draft } = base;
    const changes = changedFields<Profile>(base, draft);
    expect(Object.keys(changes)).toEqual(['landlord']);
    expect(applyChanges(base, changes)).not.toHaveProperty('landlord');
  });
});

describe('applyChanges', () => {
  it('keeps a field that replication changed while the form was open', () => {
    const arrivedMeanwhile = { ...base, headcount: 25 };
    const draft = { ...base, notes: '新备注' };
    expect(applyChanges(arrivedMeanwhile, changedFields(base, draft))).toEqual({ ...base, headcount: 25, notes: '新备注' });
  });
});
