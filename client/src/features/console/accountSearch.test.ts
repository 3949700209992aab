import { describe, expect, it } from 'vitest';
import type { ManagedUser } from '@anxun/shared-schema';
import { accountsMatching } from './accountSearch';

const user = (id: string, displayName: string, extra: Partial<ManagedUser> = {}): ManagedUser => ({
  id, username: id, displayName, role: 'officer', officerKind: 'grid', enterpriseName: null, gridNames: [], liveSessions: 0, lastUsedAt: null, ...extra,
});
const users = [
  user('wangge', '王建国', { gridNames: ['杨舍一网格'] }),
  user('qiye', '企业安全员', { role: 'enterprise', officerKind: null, enterpriseName: '张家港华昌化工' }),
  user('Zhifa', '陈立新'),
];

describe('accountsMatching', () => {
  it('finds people by name, account, grid or enterprise, ignoring case', () => {
    expect(accountsMatching(users, '建国').map((u) => u.id)).toEqual(['wangge']);
    expect(accountsMatching(users, 'zhifa').map((u) => u.id)).toEqual(['Zhifa']);
    expect(accountsMatching(users, '一网格').map((u) => u.id)).toEqual(['wangge']);
    expect(accountsMatching(users, '华昌').map((u) => u.id)).toEqual(['qiye']);
  });

  it('needs every word to match, and shows everyone for an empty query', () => {
    expect(accountsMatching(users, '王 一网格').map((u) => u.id)).toEqual(['wangge']);
    expect(accountsMatching(users, '王 华昌')).toEqual([]);
    expect(accountsMatching(users, '  ')).toHaveLength(3);
  });
});
