import type { WritKind } from '@anxun/shared-schema';

/** The printed title of each writ, as the standard Chinese enforcement documents name them. */
export const WRIT_TITLE: Record<WritKind, string> = {
  onsiteRecord: '现场检查记录',
  rectificationNotice: '隐患整改通知书',
  orderToRectify: '责令限期整改指令书',
  recheckOpinion: '整改复查意见书',
};

const LAW = '《中华人民共和国安全生产法》';

/** The operative text of each writ. Printed in Chinese whatever the UI language: it is a legal record. */
export function legalBasisText(kind: WritKind, deadline: string | undefined): string {
  const by = deadline ? `${chineseDate(deadline)}前` : '限期';
  switch (kind) {
    case 'onsiteRecord':
      return `依据${LAW}第六十五条、第六十八条的规定，对你单位进行现场检查。检查的时间、地点、内容、发现的问题及其处理情况记录如上，由检查人员和被检查单位负责人签字；被检查单位负责人拒绝签字的，检查人员将情况记录在案。`;
    case 'rectificationNotice':
      return `经检查，你单位存在上列事故隐患。依据${LAW}第四十一条、第六十五条第一款第（三）项的规定，现通知你单位于${by}整改完毕，整改期间落实安全防范措施，并将整改情况书面报告属地安全生产监管部门。逾期未整改的，将依法处理。`;
    case 'orderToRectify':
      return `经查，你单位存在上列问题。依据${LAW}第六十五条第一款第（三）项的规定，现责令你单位于${by}整改完毕，达到有关法律法规规章和标准规定的要求。整改期间，你单位应当采取措施，确保安全生产。逾期未整改或整改不合格的，依据${LAW}第一百零二条的规定依法处理。如果不服本指令，可以依法在六十日内申请行政复议，或者在六个月内依法向人民法院提起行政诉讼，但本指令不停止执行。`;
    case 'recheckOpinion':
      return `依据${LAW}第六十五条的规定，对你单位事故隐患整改情况进行了复查，复查意见如上。已整改的隐患予以销号；未整改或整改不合格的，你单位应当继续整改，逾期仍未整改的，依据${LAW}第一百零二条的规定依法处理。`;
  }
}

/** 2026-12-15 → 2026年12月15日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
