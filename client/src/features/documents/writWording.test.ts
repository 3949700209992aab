import { describe, expect, it } from 'vitest';
import { basisOf, citationsNotInTable, WritKind } from '@anxun/shared-schema';
import { legalBasisText, WRIT_TITLE } from './writWording';

const YS = '320582100';
const caseWording = {
  townCode: YS, townName: '杨舍镇', partyName: '张家港市某机械厂', cause: '未采取措施消除事故隐患', facts: '除尘器未设泄爆装置，逾期未整改。',
  violatedKey: 'aqf.41.2', penaltyKey: 'aqf.102', penalty: { fineYuan: 30000, hearing: true }, servedDocument: '《行政处罚决定书》（杨舍应急罚决〔2026〕1号）', transferTo: '张家港市公安局',
};
const ctx = { deadline: '2026-12-15', townCode: YS, itemBases: [basisOf('l10.11.3'), basisOf('xff.28')], caseWording };

describe('writ wording', () => {
  it('cites nothing that is not in the citation table, in every kind', () => {
    for (const kind of WritKind.options) {
      const text = legalBasisText(kind, { ...ctx, refersTo: { title: '《责令限期整改指令书》', no: '杨舍应急责改〔2026〕1号' } });
      expect(citationsNotInTable(text, Object.values(WRIT_TITLE)), kind).toEqual([]);
      expect(text, kind).toContain('《');
    }
  });

  it('has the grid officer’s notice act under art. 9 para. 2, not the enforcement powers of art. 65', () => {
    const text = legalBasisText('rectificationNotice', ctx);
    expect(text).toContain('《中华人民共和国安全生产法》第九条第二款');
    expect(text).not.toContain('第六十五条');
    expect(text).toContain('2026年12月15日前整改完毕');
  });

  it('records a refused signature and the report to the department on a 现场检查记录', () => {
    expect(legalBasisText('onsiteRecord', ctx)).toContain('并向负有安全生产监督管理职责的部门报告');
  });

  it('gives the order the violated provision, the withdrawal sentence, the review body and the court with its exception', () => {
    const text = legalBasisText('orderToRectify', ctx);
    expect(text).toContain('违反了《中华人民共和国安全生产法》第四十一条第二款、《中华人民共和国消防法》第二十八条的规定');
    expect(text).not.toMatch(/违反了[^。]*工贸企业重大事故隐患判定标准/);
    expect(text).toContain('对安全不能保障的，应当从危险区域内撤出作业人员');
    expect(text).toContain('六十日内向张家港市人民政府申请行政复议');
    expect(text).toContain('六个月内依法向张家港市人民法院（待核）提起行政诉讼');
    expect(text).toContain('但本指令不停止执行，法律另有规定的除外。');
  });

  it('has the re-check opinion name the writ whose rectification it re-checks', () => {
    const text = legalBasisText('recheckOpinion', { ...ctx, refersTo: { title: '《责令限期整改指令书》', no: '杨舍应急责改〔2026〕1号' } });
    expect(text).toMatch(/^你单位收到《责令限期整改指令书》（杨舍应急责改〔2026〕1号）后/);
  });

  it('has the 现场处理措施决定书 state the measures under art. 65(3), the resumption condition and the remedies', () => {
    const text = legalBasisText('onsiteMeasures', { ...ctx, decision: { measures: ['withdrawWorkers', 'stopFacilities'], facilities: '1号除尘器' } });
    expect(text).toContain('依据《中华人民共和国安全生产法》第六十五条第一款第（三）项的规定，现作出如下现场处理决定：1. 从危险区域内撤出作业人员；2. 停止使用相关设施、设备（1号除尘器）；');
    expect(text).toContain('重大事故隐患排除后，经审查同意，方可恢复生产经营和使用。');
    expect(text).toContain('但本决定不停止执行，法律另有规定的除外。');
    expect(text).not.toContain('暂时停产停业');
  });
});
