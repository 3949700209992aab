import { describe, expect, it } from 'vitest';
import { citationsNotInTable, CASE_WRIT_KINDS, formatOfficialWritNo, PENDING_MARK } from '@anxun/shared-schema';
import { caseWritText, penaltyText, type CaseWordingContext } from './caseWritWording';
import { WRIT_TITLE } from './writWording';

const YS = { code: '320582100', name: '杨舍镇' };
const ctx: CaseWordingContext = {
  townCode: YS.code, townName: YS.name, partyName: '张家港市某机械厂', cause: '未采取措施消除事故隐患', facts: '除尘器未设泄爆装置，经责令限期整改逾期未整改。',
  violatedKey: 'aqf.41.2', penaltyKey: 'aqf.102', penalty: { fineYuan: 30000, hearing: false }, servedDocument: '《行政处罚决定书》（杨舍应急罚决〔2026〕1号）', transferTo: '张家港市公安局',
};

describe('case writ wording (2021 式样)', () => {
  it('words every case document, citing only the table (unchecked articles marked 待核)', () => {
    for (const kind of CASE_WRIT_KINDS) {
      const text = caseWritText(kind, ctx);
      expect(text.length, kind).toBeGreaterThan(40);
      expect(citationsNotInTable(text, Object.values(WRIT_TITLE)), kind).toEqual([]);
      expect(text, kind).toContain(PENDING_MARK); // the 行政处罚法 rows are 待核 until checked against a retrieved text
    }
  });

  it('tells the party of its right to state and defend within three days, and of a hearing within five only where it applies', () => {
    const plain = caseWritText('penaltyNotice', ctx);
    expect(plain).toContain('陈述和申辩');
    expect(plain).toContain('自收到本告知书之日起三日内');
    expect(plain).toContain('罚款人民币30,000元');
    expect(plain).not.toContain('听证');
    const heavy = caseWritText('penaltyNotice', { ...ctx, penalty: { fineYuan: 100000, other: '责令停产停业整顿', hearing: true } });
    expect(heavy).toContain('要求举行听证的权利');
    expect(heavy).toContain('自收到本告知书之日起五日内');
    expect(heavy).toContain('《中华人民共和国行政处罚法》第六十四条第（一）项');
  });

  it('names the review body, the court with the statutory exception, and the payment deadline in the decision', () => {
    const text = caseWritText('penaltyDecision', ctx);
    expect(text).toContain('六十日内向张家港市人民政府申请行政复议');
    expect(text).toMatch(/六个月内依法向张家港市人民法院(（待核）)?提起行政诉讼/);
    expect(text).toContain('法律另有规定的除外');
    expect(text).toContain('自收到本决定书之日起十五日内');
    expect(text).toContain('每日按罚款数额的百分之三加处罚款');
    expect(text).toContain('《中华人民共和国安全生产法》第一百零二条');
    // No fine, no payment clause (a decision of another penalty kind).
    expect(caseWritText('penaltyDecision', { ...ctx, penalty: { fineYuan: 0, other: '警告', hearing: false } })).not.toContain('十五日内');
  });

  it('states the certificates, the duty to answer truly and the right to ask for withdrawal in the inquiry record', () => {
    const text = caseWritText('inquiryRecord', ctx);
    expect(text).toContain('杨舍镇人民政府的执法人员');
    expect(text).toContain('出示证件');
    expect(text).toContain('回避');
  });

  it('addresses the transfer to the receiving body and names what was served in the receipt', () => {
    expect(caseWritText('caseTransfer', ctx).startsWith('张家港市公安局：')).toBe(true);
    expect(caseWritText('serviceReceipt', ctx)).toContain('杨舍应急罚决〔2026〕1号');
    expect(caseWritText('caseApproval', ctx)).toContain('建议立案调查');
  });

  it('numbers each case document in its own series with the agency 代字 and the 应急 prefix', () => {
    expect(formatOfficialWritNo(YS, 'caseApproval', 2026, 1)).toBe('杨舍应急立审〔2026〕1号');
    expect(formatOfficialWritNo(YS, 'penaltyNotice', 2026, 2)).toBe('杨舍应急罚告〔2026〕2号');
    expect(formatOfficialWritNo(YS, 'penaltyDecision', 2026, 3)).toBe('杨舍应急罚决〔2026〕3号');
    expect(new Set(CASE_WRIT_KINDS.map((k) => formatOfficialWritNo(YS, k, 2026, 1))).size).toBe(CASE_WRIT_KINDS.length);
  });

  it('writes the penalty in words, a fine with thousands separators', () => {
    expect(penaltyText({ fineYuan: 5000, hearing: false })).toBe('罚款人民币5,000元');
    expect(penaltyText({ fineYuan: 0, other: '警告', hearing: false })).toBe('警告');
  });
});
