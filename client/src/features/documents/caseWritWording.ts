import { citeInProse, cityAuthority, courtAsPrinted, type WritKind, type WritPenalty } from '@anxun/shared-schema';

/** What the case documents state, copied from the case when the document is made. */
export interface CaseWordingContext {
  townCode: string;
  townName: string;
  partyName: string;
  cause: string;
  facts: string;
  /** Citation-table keys: the provision violated and the penalty provision. */
  violatedKey: string;
  penaltyKey?: string | undefined;
  penalty?: WritPenalty | undefined;
  /** 送达回执: 《title》（number） of the document served. */
  servedDocument?: string | undefined;
  transferTo?: string | undefined;
}

/** 罚款人民币30,000元 (and any other penalty in words). */
export function penaltyText(penalty: WritPenalty): string {
  const fine = penalty.fineYuan > 0 ? `罚款人民币${penalty.fineYuan.toLocaleString('zh-CN')}元` : '';
  return [fine, penalty.other?.trim() ?? ''].filter(Boolean).join('；') || '（未填写）';
}

const penaltyBasis = (ctx: CaseWordingContext) => (ctx.penaltyKey ? citeInProse(ctx.penaltyKey) : '（处罚依据未填写）');

/**
 * The operative text of each case document (应急管理部 安全生产行政执法文书式样, 2021). Always
 * Chinese; every law named comes from the citation table (its case rows print 「（待核）」 until
 * checked), so a test can hold that nothing else is cited.
 */
export function caseWritText(kind: WritKind, ctx: CaseWordingContext): string {
  const violated = citeInProse(ctx.violatedKey);
  switch (kind) {
    case 'caseApproval':
      return `案由：${ctx.cause}。经初步调查，${ctx.partyName}涉嫌违反${violated}的规定，有证据初步证明存在违法事实，依据${citeInProse('xzcf.54.2')}的规定，符合立案条件，建议立案调查，由两名执法人员承办。`;
    case 'inquiryRecord':
      return `我们是${ctx.townName}人民政府的执法人员，这是我们的执法证件（出示证件）。依据${citeInProse('xzcf.55.1')}的规定，现就${ctx.partyName}${ctx.cause}一案向你了解有关情况，你应当如实回答，不得作伪证。你有申请执法人员回避的权利：认为执法人员与本案有直接利害关系的，可以申请回避。你是否申请回避？`;
    case 'penaltyNotice': {
      const hearing = ctx.penalty?.hearing
        ? `依据${citeInProse('xzcf.63.1')}、${citeInProse('xzcf.64.1')}的规定，你单位有要求举行听证的权利；要求听证的，应当自收到本告知书之日起五日内向本机关提出，逾期未提出的，视为放弃听证权利。`
        : '';
      return `经查，你单位${ctx.facts}上述行为违反了${violated}的规定。依据${penaltyBasis(ctx)}的规定，本机关拟对你单位作出如下行政处罚：${ctx.penalty ? penaltyText(ctx.penalty) : ''}。依据${citeInProse('xzcf.44')}、${citeInProse('xzcf.45.1')}的规定，你单位有权进行陈述和申辩；如要求陈述和申辩，应当自收到本告知书之日起三日内向本机关提出（${citeInProse('cfbf.state')}），逾期未提出的，视为放弃陈述和申辩的权利。${hearing}`;
    }
    case 'penaltyDecision': {
      const payTo = ctx.penalty?.payTo?.trim() || '指定的银行或者通过电子支付系统';
      const fine = (ctx.penalty?.fineYuan ?? 0) > 0
        ? `罚款自收到本决定书之日起十五日内缴至${payTo}（${citeInProse('xzcf.67.3')}）。到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款（${citeInProse('xzcf.72.1.1')}）。`
        : '';
      return `经查，你单位${ctx.facts}以上事实有现场检查记录、询问笔录等证据证实，违反了${violated}的规定。本机关已告知你单位拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩${ctx.penalty?.hearing ? '、要求听证' : ''}等权利。依据${penaltyBasis(ctx)}的规定，本机关决定对你单位作出如下行政处罚：${ctx.penalty ? penaltyText(ctx.penalty) : ''}。${fine}如果不服本决定，可以依法在六十日内向${cityAuthority(ctx.townCode).reviewBody}申请行政复议，或者在六个月内依法向${courtAsPrinted(ctx.townCode)}提起行政诉讼，但本决定不停止执行，法律另有规定的除外。`;
    }
    case 'serviceReceipt':
      return `送达文书：${ctx.servedDocument ?? ''}。依据${citeInProse('xzcf.61.1')}的规定送达，受送达人应当在送达回执上签名或者盖章，并注明收到日期；受送达人拒绝签收的，送达人应当在回执上记明拒收事由和日期，由送达人、见证人签名或者盖章，把文书留在受送达人的住所，即视为送达。`;
    case 'caseTransfer':
      return `${ctx.transferTo ?? ''}：本机关在办理${ctx.partyName}${ctx.cause}一案中，经调查，该案涉嫌不属于本机关管辖或者涉嫌犯罪。依据${citeInProse('xzcf.27.1')}的规定，现将该案移送你单位依法处理。案件有关材料随本移送书移交，请查收，并将处理结果函告本机关。`;
    default:
      return '';
  }
}
