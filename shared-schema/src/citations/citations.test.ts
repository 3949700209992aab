import { describe, expect, it } from 'vitest';
import { basisOf, citation, CITATIONS, citationsNotInTable, citeInProse, isTableBasis, violatedProvisions } from './index';
import { LAW_ROWS } from './rowsLaws';
import { RULE_ROWS } from './rowsRules';
import { CASE_ROWS } from './rowsCase';

describe('the citation table', () => {
  it('has unique keys, a status, a note and a date in force for every law cited', () => {
    const rows = [...LAW_ROWS, ...RULE_ROWS, ...CASE_ROWS];
    expect(CITATIONS.size).toBe(rows.length);
    for (const c of CITATIONS.values()) {
      expect(['verified', '待核'], c.key).toContain(c.status);
      expect(c.note.length, c.key).toBeGreaterThan(0);
      expect(c.text.length, c.key).toBeGreaterThan(5);
      if (c.law !== '安全常识') expect(c.inForceSince, c.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('fails on a missing key instead of printing something', () => {
    expect(() => basisOf('aqf.999')).toThrow(/not in the citation table/);
    expect(() => citeInProse('nope')).toThrow();
  });

  it('prints 待核 on every unverified citation, and never on a verified one', () => {
    expect(basisOf('l13')).toBe('应急管理部令第13号（待核）');
    expect(citeInProse('ga61.26')).toBe('《机关、团体、企业、事业单位消防安全管理规定》第二十六条（待核）');
    expect(basisOf('aqf.9.2')).toBe('安全生产法 第九条第二款');
  });

  it('carries the corrections of the issue-16 review', () => {
    expect(basisOf('xff.27.2')).toBe('消防法 第二十七条第二款');
    expect(citation('xff.27.2').text).toContain('线路、管路');
    expect(citation('l5.37').note).toContain('高层民用建筑');
    expect(basisOf('z3.12')).toBe('原国家安全监管总局令第3号 第十二条');
    expect(citation('z3.12').text).toContain('班组三级安全培训教育');
    expect(citation('aqf.68').text).toContain('并向负有安全生产监督管理职责的部门报告');
    expect(citation('l10.13.1').text).toContain('并且未设置明显的安全警示标志');
    expect(citation('l10.11.10').text).toContain('积尘严重');
    expect(citation('gb30871').text).toContain('安全作业票');
    const all = JSON.stringify([...CITATIONS.values()]);
    expect(all).not.toContain('作业许可证');
    expect([...CITATIONS.values()].filter((c) => c.law.includes('68号'))).toEqual([]);
  });

  it('recognises printed bases and prose citations that come from the table, and only those', () => {
    expect(isTableBasis('消防法 第二十七条第二款；应急管理部令第13号（待核）')).toBe(true);
    expect(isTableBasis('消防法 第二十一条')).toBe(false);
    expect(citationsNotInTable(`依据${citeInProse('aqf.68')}和${citeInProse('l13')}`)).toEqual([]);
    expect(citationsNotInTable('依据《中华人民共和国安全生产法》第六十八条')).toEqual([]);
    expect(citationsNotInTable('依据《中华人民共和国安全生产法》第一百条')).toEqual(['《中华人民共和国安全生产法》第一百条']);
    expect(citationsNotInTable('《严防企业粉尘爆炸五条规定》')).toEqual(['《严防企业粉尘爆炸五条规定》']);
  });

  it('names the duty violated, not the 判定标准 clause that classifies the hazard', () => {
    expect(violatedProvisions([basisOf('l10.11.3')])).toBe('《中华人民共和国安全生产法》第四十一条第二款');
    expect(violatedProvisions([basisOf('xff.28'), basisOf('l10.13.2', 'xff.28')])).toBe('《中华人民共和国消防法》第二十八条、《中华人民共和国安全生产法》第四十一条第二款');
    expect(violatedProvisions(['自由填写的依据'])).toBe('《中华人民共和国安全生产法》第四十一条第二款');
  });
});
