import { describe, expect, it } from 'vitest';
import { EnterprisePerson } from './enterprise';
import { certificateFindings, certificateStatus, staffPostOf } from './roster';

const person = (id: string, certificateExpiry?: string, leftOn?: string): EnterprisePerson => ({
  id, role: 'specialOperator', name: id,
  ...(certificateExpiry ? { certificateType: '焊接与热切割作业', certificateNumber: `T${id}`, certificateExpiry } : {}), ...(leftOn ? { leftOn } : {}),
});

describe('certificateStatus', () => {
  it('is valid through the expiry day, amber within 30 days, expired the day after', () => {
    expect(certificateStatus(person('a', '2026-06-01'), '2026-06-01')).toBe('expiring');
    expect(certificateStatus(person('a', '2026-06-01'), '2026-06-02')).toBe('expired');
    expect(certificateStatus(person('a', '2026-07-01'), '2026-06-01')).toBe('expiring');
    expect(certificateStatus(person('a', '2026-07-02'), '2026-06-01')).toBe('valid');
    expect(certificateStatus(person('a'), '2026-06-01')).toBe('none');
  });
});

describe('certificateFindings', () => {
  it('lists expired then expiring certificates of current staff only', () => {
    const people = [person('valid', '2027-01-01'), person('soon', '2026-06-20'), person('gone', '2026-01-01', '2026-05-01'), person('late', '2026-05-01'), person('none')];
    expect(certificateFindings(people, '2026-06-01').map((f) => [f.person.id, f.status, f.daysLeft])).toEqual([['late', 'expired', -31], ['soon', 'expiring', 19]]);
  });
});

describe('the roster in the enterprise profile', () => {
  it('keeps profiles stored before the roster fields valid, and refuses an impossible leaving date', () => {
    expect(EnterprisePerson.safeParse({ id: 'p1', role: 'principal', name: '张三', certificateExpiry: '2026-01-01' }).success).toBe(true);
    expect(EnterprisePerson.safeParse({ ...person('a'), leftOn: '0000-01-01' }).success).toBe(false);
  });
  it('maps every role to the post whose questions it sits', () => {
    expect(staffPostOf({ role: 'principal' })).toBe('principal');
    expect(staffPostOf({ role: 'safetyOfficer' })).toBe('safetyManager');
    expect(staffPostOf({ role: 'specialOperator' })).toBe('specialOperator');
    expect(staffPostOf({ role: 'frontline' })).toBe('frontline');
  });
});
