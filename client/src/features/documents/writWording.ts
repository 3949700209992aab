import { caseWritText, type CaseWordingContext } from './caseWritWording';
import { citeInProse, cityAuthority, courtAsPrinted, violatedProvisions, type OnsiteMeasure, type WritDecision, type WritKind } from '@anxun/shared-schema';

/** The printed title of each writ, as the 2021 应急管理部 安全生产行政执法文书式样 name them. */
export const WRIT_TITLE: Record<WritKind, string> = {
  onsiteRecord: '现场检查记录',
  rectificationNotice: '隐患整改通知书',
  orderToRectify: '责令限期整改指令书',
  recheckOpinion: '整改复查意见书',
  onsiteMeasures: '现场处理措施决定书',
  caseApproval: '立案审批表',
  inquiryRecord: '询问笔录',
  penaltyNotice: '行政处罚告知书',
  penaltyDecision: '行政处罚决定书',
  serviceReceipt: '送达回执',
  caseTransfer: '案件移送书',
};

/** The measures of a 现场处理措施决定书 as the decision states them (安全生产法 第六十五条第一款第（三）项). */
export const MEASURE_TEXT: Record<OnsiteMeasure, string> = {
  withdrawWorkers: '从危险区域内撤出作业人员',
  suspendProduction: '暂时停产停业',
  stopFacilities: '停止使用相关设施、设备',
};

export function decisionText(decision: WritDecision): string {
  return decision.measures.map((m, i) => `${i + 1}. ${MEASURE_TEXT[m]}${m === 'stopFacilities' && decision.facilities ? `（${decision.facilities}）` : ''}；`).join('');
}

export interface WordingContext {
  deadline?: string | undefined;
  /** The series' town (GB/T 2260 + 3): names the review body and the court. */
  townCode: string;
  /** The items' printed bases (citation-table labels): the provisions the order says were violated. */
  itemBases: readonly string[];
  /** 整改复查意见书: the title and number of the writ whose rectification is re-checked. */
  refersTo?: { title: string; no: string } | undefined;
  /** 现场处理措施决定书: the measures decided. */
  decision?: WritDecision | undefined;
  /** 案件文书: what the case says (caseWritWording.ts). */
  caseWording?: CaseWordingContext | undefined;
}

/** 如不服…: the remedies, naming the area's review body and court (writAuthority), with the statutory exception. */
function remedies(townCode: string, what: string): string {
  return `如果不服本${what}，可以依法在六十日内向${cityAuthority(townCode).reviewBody}申请行政复议，或者在六个月内依法向${courtAsPrinted(townCode)}提起行政诉讼，但本${what}不停止执行，法律另有规定的除外。`;
}

/**
 * The operative text of each writ. Printed in Chinese whatever the UI language: it is a legal
 * record. Every law it names comes from the citation table (citeInProse), so a 待核 entry prints
 * as such and a test can check that nothing else is cited.
 */
export function legalBasisText(kind: WritKind, ctx: WordingContext): string {
  const by = ctx.deadline ? `${chineseDate(ctx.deadline)}前` : '限期';
  switch (kind) {
    case 'onsiteRecord':
      return `依据${citeInProse('aqf.65.1.1')}的规定，对你单位进行现场检查。检查的时间、地点、内容、发现的问题及其处理情况记录如上，由检查人员和被检查单位负责人签字；被检查单位负责人拒绝签字的，检查人员将情况记录在案，并向负有安全生产监督管理职责的部门报告（${citeInProse('aqf.68')}）。`;
    case 'rectificationNotice':
      // A town's grid officer acts under art. 9 para. 2, not the enforcement powers of art. 65.
      return `经检查，你单位存在上列事故隐患。根据${citeInProse('aqf.9.2')}的规定，现通知你单位按照${citeInProse('aqf.41.2')}的规定，于${by}整改完毕，整改期间落实安全防范措施，并将整改情况书面报告本镇（街道）安全生产监督管理机构。逾期未整改的，将移送负有安全生产监督管理职责的部门依法处理。`;
    case 'orderToRectify':
      return `经查，你单位存在上列问题，违反了${violatedProvisions(ctx.itemBases)}的规定。依据${citeInProse('aqf.65.1.2')}、${citeInProse('aqf.65.1.3')}的规定，现责令你单位于${by}整改完毕，达到有关法律法规规章和标准规定的要求。整改期间，你单位应当采取措施，确保安全生产。对安全不能保障的，应当从危险区域内撤出作业人员。逾期未整改或者整改不合格的，依据${citeInProse('aqf.102')}的规定依法处理。${remedies(ctx.townCode, '指令')}`;
    case 'onsiteMeasures':
      return `经查，你单位存在上列重大事故隐患，排除前或者排除过程中无法保证安全，违反了${violatedProvisions(ctx.itemBases)}的规定。依据${citeInProse('aqf.65.1.3')}的规定，现作出如下现场处理决定：${ctx.decision ? decisionText(ctx.decision) : ''}重大事故隐患排除后，经审查同意，方可恢复生产经营和使用。${remedies(ctx.townCode, '决定')}`;
    case 'recheckOpinion': {
      const ref = ctx.refersTo ? `你单位收到${ctx.refersTo.title}（${ctx.refersTo.no}）后，` : '';
      return `${ref}依据${citeInProse('aqf.65')}的规定，对你单位事故隐患整改情况进行了复查，复查意见如上。已整改的隐患予以销号；未整改或者整改不合格的，你单位应当继续整改，逾期仍未整改的，依据${citeInProse('aqf.102')}的规定依法处理。`;
    }
    default:
      // 案件文书 are worded from their case.
      return ctx.caseWording ? caseWritText(kind, ctx.caseWording) : '';
  }
}

/** 2026-12-15 → 2026年12月15日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
