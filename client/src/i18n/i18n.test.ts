import { describe, expect, it } from 'vitest';
import { EnterpriseScale, EnterpriseTag, GridType, OperatingStatus, PersonRole, RiskColour, SupervisionCategory } from '@anxun/shared-schema';
import { en } from './en';
import { ENTERPRISE_TAG, GRID_TYPE, OPERATING_STATUS, PERSON_ROLE, RISK_COLOUR, SCALE, SUPERVISION_CATEGORY } from './labels';
import { zh } from './zh';

describe('translations', () => {
  it('has an English text for every Chinese key, with the same placeholders', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it.each([
    ['RiskColour', RiskColour.options, RISK_COLOUR], ['OperatingStatus', OperatingStatus.options, OPERATING_STATUS],
    ['EnterpriseScale', EnterpriseScale.options, SCALE], ['SupervisionCategory', SupervisionCategory.options, SUPERVISION_CATEGORY],
    ['EnterpriseTag', EnterpriseTag.options, ENTERPRISE_TAG], ['PersonRole', PersonRole.options, PERSON_ROLE], ['GridType', GridType.options, GRID_TYPE],
  ] as const)('labels every %s value in both languages', (_name, values, labels) => {
    for (const value of values) {
      const label = (labels as Record<string, { 'zh-CN': string; en: string }>)[value];
      expect(label?.['zh-CN'], value).toMatch(/\S/);
      expect(label?.en, value).toMatch(/\S/);
    }
  });
});
