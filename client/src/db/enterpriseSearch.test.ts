import { describe, expect, it } from 'vitest';
import type { Enterprise } from '@anxun/shared-schema';
import { matchesSearch } from './enterpriseSearch';

const enterprise = {
  name: '张家港市恒达五金制品有限公司', uscc: '91320582MA1XYK1234', siteAddress: '杨舍镇工业园 8 号', regAddress: '杨舍镇东街 1 号',
  townName: '杨舍镇', villageName: '东街社区',
} as Enterprise;

describe('matchesSearch', () => {
  it('finds by part of the name, the credit code and the site address', () => {
    expect(matchesSearch(enterprise, '恒达')).toBe(true);
    expect(matchesSearch(enterprise, 'ma1xyk')).toBe(true);
    expect(matchesSearch(enterprise, '工业园')).toBe(true);
    expect(matchesSearch(enterprise, '塘桥')).toBe(false);
  });

  it('matches a credit code typed in full-width characters', () => {
    expect(matchesSearch(enterprise, '９１３２０５８２ＭＡ')).toBe(true);
  });

  it('shows everything for an empty or blank query', () => {
    expect(matchesSearch(enterprise, '  ')).toBe(true);
  });
});
