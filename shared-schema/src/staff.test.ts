import { describe, expect, it } from 'vitest';
import { certificateFindings, certificateStatus, StaffMember } from './staff';

const at = '2026-01-01T00:00:00Z';
const member = (id: string, expiresOn?: string, leftOn?: string): StaffMember => ({
  id, updatedAt: at, enterpriseId: 'ent-1', name: id, post: 'specialOperator', isPrincipal: false,
  ...(expiresOn ? { certificate: { type: '焊接与热切割作业', number: `T${id}`, expiresOn } } : {}), ...(leftOn ? { leftOn } : {}),
});

describe('certificateStatus', () => {
  it('is valid through the expiry day, amber within 30 days, expired the day after', () => {
    expect(certificateStatus(member('a', '2026-06-01'), '2026-06-01')).toBe('expiring');
    expect(certificateStatus(member('a', '2026-06-01'), '2026-06-02')).toBe('expired');
    expect(certificateStatus(member('a', '2026-07-01'), '2026-06-01')).toBe('expiring');
    expect(certificateStatus(member('a', '2026-07-02'), '2026-06-01')).toBe('valid');
    expect(certificateStatus(member('a'), '2026-06-01')).toBe('none');
  });
});

describe('certificateFindings', () => {
  it('lists expired then expiring certificates of current staff only', () => {
    const staff = [member('valid', '2027-01-01'), member('soon', '2026-06-20'), member('gone', '2026-01-01', '2026-05-01'), member('late', '2026-05-01'), member('none')];
    expect(certificateFindings(staff, '2026-06-01').map((f) => [f.member.id, f.status, f.daysLeft])).toEqual([['late', 'expired', -31], ['soon', 'expiring', 19]]);
  });
});

describe('StaffMember', () => {
  it('refuses a post that is not a StaffPost and an impossible expiry date', () => {
    expect(StaffMember.safeParse({ ...member('a'), post: 'all' }).success).toBe(false);
    expect(StaffMember.safeParse(member('a', '0000-01-01')).success).toBe(false);
    expect(StaffMember.safeParse(member('a', '2026-02-28')).success).toBe(true);
  });
});
