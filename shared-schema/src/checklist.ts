import { z } from 'zod';
import { DocumentBase, ShortText } from './primitives';
import { EnterpriseTag, SupervisionCategory } from './enterprise';

/** 基础管理 / 现场管理 / 专项. */
export const ChecklistSection = z.enum(['basicManagement', 'siteManagement', 'special']);
export type ChecklistSection = z.infer<typeof ChecklistSection>;

/** 查资料 / 看现场 / 问询. */
export const HowToCheck = z.enum(['documents', 'site', 'interview']);

export const ChecklistItem = z.object({
  code: z.string().regex(/^[A-Z0-9-]{1,24}$/),
  section: ChecklistSection,
  text: z.string().min(1).max(500),
  howToCheck: HowToCheck,
  /** Law or standard and clause, e.g. 应急管理部令第10号 第十一条第(三)项. */
  basis: z.string().max(300),
  /** Citation keys (citations/index.ts) the basis is printed from; the server checks `basis` is their print. */
  basisKeys: z.array(z.string().min(1).max(40)).max(8).optional(),
  /** A failure meets an official 重大事故隐患 criterion: the hazard draft proposes 重大. */
  majorHazardCriterion: z.boolean(),
  defaultDeadlineDays: z.number().int().min(0).max(365),
  /**
   * The defect a failure of the item is (未…／…不符合要求): the default title of a hazard raised
   * from it. `text` states the compliant condition and must never become the hazard (issue 13, item 11).
   */
  finding: z.string().trim().min(1).max(200).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/**
 * The title of a hazard raised from a failed item: its defect wording, or for an item written
 * without one (an older or locally made template) the requirement marked as not met.
 */
export function itemFinding(item: Pick<ChecklistItem, 'text' | 'finding'>): string {
  return (item.finding ?? `不符合要求：${item.text}`).slice(0, 200);
}

/**
 * A versioned checklist template. A new version is a new document (id `${code}@${version}`),
 * so an inspection that used version 1 keeps its items when version 2 appears.
 */
export const ChecklistTemplate = z.object({
  ...DocumentBase,
  code: z.string().regex(/^[a-z0-9-]{1,40}$/),
  version: z.number().int().min(1).max(10_000),
  name: ShortText,
  appliesToTags: z.array(EnterpriseTag),
  appliesToCategories: z.array(SupervisionCategory),
  items: z.array(ChecklistItem).min(1).max(500),
  retired: z.boolean(),
  /** A draft is edited freely; a published version is immutable but for `retired` (versionRules.ts). Absent: published. */
  status: z.enum(['draft', 'published']).optional(),
  /** 行业 codes (国民经济行业分类, as in Enterprise.industryCode) the template is for; empty or absent: any. */
  appliesToIndustries: z.array(z.string().max(8)).max(50).optional(),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;
