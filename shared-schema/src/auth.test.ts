import { describe, expect, it } from 'vitest';
import { mayManageSessionsOf } from './auth';
import type { Principal } from './user';

const town = '320582100';
const supervisor = (areaCode: string): Principal => ({ userId: `s-${areaCode}`, username: `s${areaCode}`, displayName: '监管', role: 'supervisor', gridIds: [], areaCode });

describe('who may manage whose sessions', () => {
  it('lets a supervisor reach officers and enterprises working in the area', () => {
    expect(mayManageSessionsOf(supervisor(town), { role: 'officer', areaCodes: ['320582101', town] })).toBe(true);
    expect(mayManageSessionsOf(supervisor(town), { role: 'enterprise', areaCodes: [`${town}001`] })).toBe(true);
    expect(mayManageSessionsOf(supervisor(town), { role: 'officer', areaCodes: ['320582101'] })).toBe(false);
    expect(mayManageSessionsOf(supervisor(town), { role: 'enterprise', areaCodes: [] })).toBe(false);
  });

  it('reaches supervisors of smaller areas only, never peers or superiors', () => {
    expect(mayManageSessionsOf(supervisor('320582'), { role: 'supervisor', areaCodes: [town] })).toBe(true);
    expect(mayManageSessionsOf(supervisor(town), { role: 'supervisor', areaCodes: [town] })).toBe(false);
    expect(mayManageSessionsOf(supervisor(town), { role: 'supervisor', areaCodes: ['320582'] })).toBe(false);
  });

  it('gives officers and enterprise users no reach, whatever area they carry', () => {
    const officer: Principal = { userId: 'o', username: 'o', displayName: '执法', role: 'officer', officerKind: 'enforcement', gridIds: [], areaCode: town };
    expect(mayManageSessionsOf(officer, { role: 'enterprise', areaCodes: [town] })).toBe(false);
    expect(mayManageSessionsOf({ ...officer, role: 'enterprise' }, { role: 'enterprise', areaCodes: [town] })).toBe(false);
  });
});
