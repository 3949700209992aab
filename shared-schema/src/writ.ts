import { z } from 'zod';
import { Signature } from './inspection';
import { HazardLevel } from './hazard';
import { agencyCode, cityAuthority } from './writAuthority';
import { DocumentBase, Id, IsoDateTime, LocalDate, LongText, PhotoHash, ShortText } from './primitives';

/**
 * 执法文书: 现场检查记录 / 隐患整改通知 / 责令限期整改指令书 / 整改复查意见书 / 现场处理措施决定书
 * (domain §2.7; 应急管理部 安全生产行政执法文书式样, 2021).
 * A writ is issued on the device, offline if need be, with a provisional number; the server gives
 * it the official number of its town, kind and year when it first arrives.
 */
export const WritKind = z.enum([
  'onsiteRecord', 'rectificationNotice', 'orderToRectify', 'recheckOpinion', 'onsiteMeasures',
  // 案件文书 (issue 16 item 4): 立案审批表, 询问笔录, 行政处罚告知书, 行政处罚决定书, 送达回执, 案件移送书.
  'caseApproval', 'inquiryRecord', 'penaltyNotice', 'penaltyDecision', 'serviceReceipt', 'caseTransfer',
]);
export type WritKind = z.infer<typeof WritKind>;

/** One hazard as the writ states it: a copy, so the issued text never changes with the hazard. */
export const WritItem = z.object({
  hazardId: Id,
  title: ShortText,
  description: LongText,
  location: z.string().max(200),
  level: HazardLevel,
  basis: z.string().max(300),
  measures: LongText,
  deadline: LocalDate.optional(),
  photosBefore: z.array(PhotoHash).max(20),
  /** 整改复查意见书: the enterprise's evidence and the re-check verdict of this item. */
  photosAfter: z.array(PhotoHash).max(20).optional(),
  recheck: z.object({ passed: z.boolean(), opinion: z.string().max(2000) }).optional(),
});
export type WritItem = z.infer<typeof WritItem>;

/** The inspected party as printed on the writ, copied from the enterprise profile at issue. */
export const WritParty = z.object({
  name: ShortText,
  uscc: z.string().max(18),
  address: z.string().max(200),
  legalRepresentative: z.string().max(100),
  phone: z.string().max(20).optional(),
});
export type WritParty = z.infer<typeof WritParty>;

/** An officer named on the writ; `certNo` is the 行政执法证 number, printed (blank to fill in by hand if unknown). */
export const WritOfficer = z.object({ id: Id, name: z.string().max(100), certNo: z.string().max(40).optional() });

/** The documents of a case file (caseId required; hidden from the enterprise until served). */
export const CASE_WRIT_KINDS: readonly WritKind[] = ['caseApproval', 'inquiryRecord', 'penaltyNotice', 'penaltyDecision', 'serviceReceipt', 'caseTransfer'];

/** Kinds the 2021 式样 issue under two enforcement officers' names (行政处罚法 第四十二条 for the case documents). */
export const TWO_OFFICER_WRIT_KINDS: readonly WritKind[] = ['orderToRectify', 'onsiteMeasures', 'caseApproval', 'inquiryRecord', 'penaltyNotice', 'penaltyDecision'];

/** Kinds only an enforcement officer (执法人员) may issue. */
export const ENFORCEMENT_WRIT_KINDS: readonly WritKind[] = ['orderToRectify', 'onsiteMeasures', ...CASE_WRIT_KINDS];

/** 询问笔录: who was asked and what, question by question. */
export const WritInquiry = z.object({
  person: z.string().min(1).max(100),
  position: z.string().max(100),
  idNo: z.string().max(40).optional(),
  startedAt: IsoDateTime,
  endedAt: IsoDateTime.optional(),
  answers: z.array(z.object({ question: z.string().max(1000), answer: z.string().max(4000) })).min(1).max(100),
});
export type WritInquiry = z.infer<typeof WritInquiry>;

/** 告知书 / 决定书: the penalty proposed or decided. */
export const WritPenalty = z.object({
  fineYuan: z.number().min(0).max(1e9),
  /** Other penalties in words (责令停产停业…); empty for a fine only. */
  other: z.string().max(500).optional(),
  /** 听证: whether the penalty is of a kind that carries the right to a hearing (行政处罚法 第六十三条). */
  hearing: z.boolean(),
  /** 决定书: the bank or payment channel. */
  payTo: z.string().max(200).optional(),
});
export type WritPenalty = z.infer<typeof WritPenalty>;
export const TWO_OFFICERS_MESSAGE = '须由两名执法人员开具：请填写第二名执法人员，或请其在检查记录上签名后再开具';

/**
 * 现场处理措施 under 安全生产法 第六十五条第一款第（三）项: withdraw workers from the danger zone,
 * stop production or business for the time being, stop using the facilities named.
 */
export const OnsiteMeasure = z.enum(['withdrawWorkers', 'suspendProduction', 'stopFacilities']);
export type OnsiteMeasure = z.infer<typeof OnsiteMeasure>;

export const WritDecision = z.object({
  measures: z.array(OnsiteMeasure).min(1).max(3),
  /** The facilities or equipment whose use stops (stopFacilities). */
  facilities: z.string().max(200).optional(),
});
export type WritDecision = z.infer<typeof WritDecision>;

export const Writ = z.object({
  ...DocumentBase,
  kind: WritKind,
  enterpriseId: Id,
  inspectionId: Id.optional(),
  hazardIds: z.array(Id).max(200),
  /** Town-level area code (GB/T 2260 + 3 digits) and name: the official numbering series. */
  townCode: z.string().regex(/^[0-9]{9}$/),
  townName: ShortText,
  gridId: Id.optional(),
  /** Made on the device (device · date · counter); printed as 临时编号 until the official one exists. */
  provisionalNo: z.string().min(1).max(40),
  /** 杨舍应急隐通〔2026〕1号: set by the server only; a device's value is dropped. */
  officialNo: z.string().max(60).optional(),
  party: WritParty,
  /** Where and when the inspection or re-check took place. */
  place: z.string().max(200),
  inspectedAt: IsoDateTime,
  /** 检查情况 / 复查意见: the free text of the writ. */
  findings: LongText,
  items: z.array(WritItem).max(200),
  legalBasis: LongText,
  /** The deadline the writ sets (the earliest of its items), if any. */
  deadline: LocalDate.optional(),
  issuedAt: IsoDateTime,
  issuedBy: Id,
  officers: z.array(WritOfficer).min(1).max(10),
  signatures: z.array(Signature).max(10),
  /** 现场处理措施决定书: the measures decided. */
  decision: WritDecision.optional(),
  /** 案件文书: the case (cases collection) this document belongs to. */
  caseId: Id.optional(),
  /** When the document was served on the party (送达): until then the enterprise does not see a case document. */
  servedAt: IsoDateTime.optional(),
  inquiry: WritInquiry.optional(),
  penalty: WritPenalty.optional(),
  /** 送达回执: the document served (title and number); 案件移送书: the receiving body. */
  servedDocument: z.string().max(200).optional(),
  transferTo: z.string().max(200).optional(),
}).superRefine((writ, ctx) => {
  if (CASE_WRIT_KINDS.includes(writ.kind) && !writ.caseId) ctx.addIssue({ code: 'custom', path: ['caseId'], message: '案件文书须属于一个案件' });
  if (writ.kind === 'inquiryRecord' && !writ.inquiry) ctx.addIssue({ code: 'custom', path: ['inquiry'], message: '请填写询问对象和问答' });
  if ((writ.kind === 'penaltyNotice' || writ.kind === 'penaltyDecision') && !writ.penalty) ctx.addIssue({ code: 'custom', path: ['penalty'], message: '请填写拟处罚或处罚的内容' });
  if (writ.kind === 'serviceReceipt' && !writ.servedDocument?.trim()) ctx.addIssue({ code: 'custom', path: ['servedDocument'], message: '请写明送达的文书名称和文号' });
  if (writ.kind === 'caseTransfer' && !writ.transferTo?.trim()) ctx.addIssue({ code: 'custom', path: ['transferTo'], message: '请写明移送的机关' });
  if (writ.kind === 'onsiteMeasures' && !writ.decision) ctx.addIssue({ code: 'custom', path: ['decision'], message: '请选择现场处理措施' });
  if (writ.decision?.measures.includes('stopFacilities') && !writ.decision.facilities?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['decision', 'facilities'], message: '请写明停止使用的设施、设备' });
  }
  if (TWO_OFFICER_WRIT_KINDS.includes(writ.kind) && new Set(writ.officers.map((o) => o.name)).size < 2) {
    ctx.addIssue({ code: 'custom', path: ['officers'], message: TWO_OFFICERS_MESSAGE });
  }
});
export type Writ = z.infer<typeof Writ>;

/** 隐通 / 责改 / 复查 / 现记 / 现决: the series abbreviation of each kind. */
export const WRIT_KIND_ABBREVIATION: Record<WritKind, string> = {
  onsiteRecord: '现记',
  rectificationNotice: '隐通',
  orderToRectify: '责改',
  recheckOpinion: '复查',
  onsiteMeasures: '现决',
  // 案件文书 series abbreviations (待核 against the 2021 式样's printed 文号 forms).
  caseApproval: '立审',
  inquiryRecord: '询',
  penaltyNotice: '罚告',
  penaltyDecision: '罚决',
  serviceReceipt: '送',
  caseTransfer: '移',
};

/** 杨舍镇 → 杨舍; 金港街道 → 金港. */
export function townShortName(townName: string): string {
  return townName.replace(/(镇|乡|街道|办事处)$/, '') || townName;
}

/**
 * The official number: the agency's 代字 + the city's prefix (应急) + kind abbreviation + 〔year〕 +
 * number + 号, e.g. 杨舍应急隐通〔2026〕1号. 代字 and prefix are data (writAuthority.ts).
 */
export function formatOfficialWritNo(town: { code: string; name: string }, kind: WritKind, year: number, number: number): string {
  return `${agencyCode(town.code, town.name)}${cityAuthority(town.code).numberPrefix}${WRIT_KIND_ABBREVIATION[kind]}〔${year}〕${number}号`;
}

/** A short, readable code of the device: the last four letters or digits of its id, upper case. */
export function deviceCode(deviceId: string): string {
  const letters = deviceId.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return letters.slice(-4).padStart(4, '0');
}

/**
 * The next provisional number of this device for the day: `A1B2-20261201-003`. Unique per device
 * without the network; `existing` are the provisional numbers already on the device.
 */
export function nextProvisionalWritNo(deviceId: string, shanghaiDay: string, existing: Iterable<string>): string {
  const prefix = `${deviceCode(deviceId)}-${shanghaiDay.replaceAll('-', '')}-`;
  let highest = 0;
  for (const no of existing) {
    if (!no.startsWith(prefix)) continue;
    const n = Number.parseInt(no.slice(prefix.length), 10);
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}

/** Fields that may change after the official number is given: signatures and service (送达), and the server's own. */
const EDITABLE_AFTER_NUMBERING = new Set(['signatures', 'servedAt', 'updatedAt', 'officialNo']);

/** The fields of the numbered content an edit would change; empty when the edit may be kept. */
export function numberedContentChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  // 送达 is recorded once: a served date may be added to a numbered writ, never changed or removed.
  const reserved = (k: string) => k === 'servedAt' && before[k] !== undefined && stableJson(before[k]) !== stableJson(after[k]);
  return [...keys].filter((k) => reserved(k) || (!EDITABLE_AFTER_NUMBERING.has(k) && stableJson(before[k]) !== stableJson(after[k]))).sort();
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}
