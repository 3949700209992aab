/**
 * One reviewed legal citation (法律依据). Every basis the app prints — checklist items, exam
 * questions, writ wording — is built from an entry of CITATIONS by key, so a wrong article is
 * corrected in one place. An entry whose article or text was not checked against a retrieved text
 * is `待核`: it is printed with the mark 「待核」, never as authoritative.
 */
export interface Citation {
  /** Stable key, e.g. `aqf.41.2` (安全生产法 第四十一条第二款) or `l10.13.1`. */
  key: string;
  /** Short name as printed: 安全生产法, 应急管理部令第10号, GB 30871-2022 … */
  law: string;
  /** Full title, e.g. 《工贸企业重大事故隐患判定标准》. */
  title: string;
  /** 第十三条 / 5.2.1; empty when the whole instrument is cited. */
  article: string;
  /** 第二款; empty when none. */
  paragraph: string;
  /** 第（一）项; empty when none. */
  item: string;
  /** The provision as quoted (verified) or its gist marked （要点） (待核). */
  text: string;
  /** Date in force of the version cited (YYYY-MM-DD). */
  inForceSince: string;
  status: 'verified' | '待核';
  /** Why this status, which version, scope limits (e.g. only high-rise buildings). */
  note: string;
}

export const PENDING_MARK = '（待核）';

/** 安全生产法 第九条第二款 — with （待核） appended when the entry is not verified. */
export function formatCitation(c: Citation): string {
  const where = `${c.article}${c.paragraph}${c.item}`;
  return `${c.law}${where ? ` ${where}` : ''}${c.status === '待核' ? PENDING_MARK : ''}`;
}

/** The form used inside a writ's sentences: 《中华人民共和国安全生产法》第六十八条（待核）. */
export function formatCitationInProse(c: Citation): string {
  return `${c.title}${c.article}${c.paragraph}${c.item}${c.status === '待核' ? PENDING_MARK : ''}`;
}
