import { ChecklistItem, ChecklistTemplate } from './checklist';
import { basisOf, CITATIONS } from './citations/index';
import { EnterpriseTag, SupervisionCategory } from './enterprise';
import { canonicalJson } from './enterpriseImportText';
import type { ImportRowResult } from './enterpriseImport';
import { type ExamPost, ExamQuestion } from './exam';
import { isPublished, templateIdOf } from './versionRules';

/** The checklist import sheet: one row per item; rows with the same 检查表代码 make one template. */
export const TEMPLATE_IMPORT_COLUMNS = [
  '检查表代码', '检查表名称', '适用监管类别', '适用标签', '适用行业代码', '检查项编号', '类别', '检查内容', '检查方式', '依据条目代码', '重大隐患判定项', '整改期限天数',
] as const;
/** The 逢查必考 import sheet: one row per question. */
export const QUESTION_IMPORT_COLUMNS = [
  '题目编号', '岗位', '难度', '题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '依据条目代码', '行业标签',
] as const;

const SECTION: Record<string, ChecklistItem['section']> = { 基础管理: 'basicManagement', 现场管理: 'siteManagement', 专项: 'special' };
const HOW: Record<string, ChecklistItem['howToCheck']> = { 查资料: 'documents', 看现场: 'site', 问询: 'interview' };
const POST: Record<string, ExamPost> = { 通用: 'all', 主要负责人: 'principal', 安全管理人员: 'safetyManager', 特种作业人员: 'specialOperator', 一线员工: 'frontline' };
const TYPE: Record<string, ExamQuestion['type']> = { 单选: 'single', 多选: 'multiple', 判断: 'trueFalse' };
const DIFFICULTY: Record<string, number> = { 易: 1, 中: 2, 难: 3, '1': 1, '2': 2, '3': 3 };
const YES = new Set(['是', 'Y', 'y', '1', 'TRUE', 'true', '√']);
/** The names the sheets accept, for the template workbooks' 填写说明. */
export const REFERENCE_VOCABULARY = { 类别: Object.keys(SECTION), 检查方式: Object.keys(HOW), 岗位: Object.keys(POST), 题型: Object.keys(TYPE), 难度: ['易', '中', '难'] };

export interface PlannedReference<T> { rows: ImportRowResult[]; documents: { document: T; before?: T }[] }

const split = (text: string) => text.split(/[、,，;；\s]+/).map((s) => s.trim()).filter(Boolean);
const cellOf = <C extends readonly string[]>(columns: C) => (cells: readonly string[], column: C[number]) => (cells[columns.indexOf(column)] ?? '').normalize('NFKC').trim();
const issues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }) => error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ').slice(0, 300);

/** Citation keys to their printed basis, or the reason they cannot be used. */
function basisFrom(keysText: string): { keys: string[]; basis: string } | string {
  const keys = split(keysText);
  const unknown = keys.find((k) => !CITATIONS.has(k));
  if (unknown) return `依据条目代码“${unknown}”不在法规库中 Unknown citation key`;
  return { keys, basis: keys.length > 0 ? basisOf(...keys) : '' };
}

/** Names from a vocabulary (Chinese labels or the codes themselves), or the first unknown one. */
function namesFrom<T extends string>(text: string, options: readonly T[], labels: Record<string, T> = {}): T[] | string {
  const out: T[] = [];
  for (const name of split(text)) {
    const value = labels[name] ?? (options.includes(name as T) ? (name as T) : undefined);
    if (!value) return name;
    out.push(value);
  }
  return [...new Set(out)];
}

/**
 * Plans a checklist sheet: each 检查表代码 becomes a DRAFT version (a published version is never
 * touched: the draft takes the next version number, or replaces the code's open draft). A
 * template with one bad row stores nothing, and each of its rows says why.
 */
export function planTemplateImport(rows: readonly (readonly string[])[], existing: readonly ChecklistTemplate[], labels: { categories: Record<string, SupervisionCategory>; tags: Record<string, EnterpriseTag> }, now: string): PlannedReference<ChecklistTemplate> {
  const cell = cellOf(TEMPLATE_IMPORT_COLUMNS);
  const groups = new Map<string, { row: number; cells: readonly string[] }[]>();
  const results: ImportRowResult[] = rows.map((cells, i) => ({ row: i + 2, status: 'created' as const, name: cell(cells, '检查项编号') }));
  rows.forEach((cells, i) => {
    const code = cell(cells, '检查表代码').toLowerCase();
    if (!code) return Object.assign(results[i] ?? {}, { status: 'refused', reason: '缺少检查表代码 Missing 检查表代码' });
    groups.set(code, [...(groups.get(code) ?? []), { row: i + 2, cells }]);
  });
  const documents: PlannedReference<ChecklistTemplate>['documents'] = [];
  for (const [code, group] of groups) {
    const first = group[0]?.cells ?? [];
    const reasons = new Map<number, string>();
    const items = group.map(({ row, cells }) => {
      const basis = basisFrom(cell(cells, '依据条目代码'));
      if (typeof basis === 'string') return void reasons.set(row, basis);
      const item = ChecklistItem.safeParse({
        code: cell(cells, '检查项编号').toUpperCase(), section: SECTION[cell(cells, '类别')] ?? cell(cells, '类别'), text: cell(cells, '检查内容'),
        howToCheck: HOW[cell(cells, '检查方式')] ?? cell(cells, '检查方式'), basis: basis.basis, ...(basis.keys.length > 0 ? { basisKeys: basis.keys } : {}),
        majorHazardCriterion: YES.has(cell(cells, '重大隐患判定项')), defaultDeadlineDays: Number(cell(cells, '整改期限天数') || '7'),
      });
      if (!item.success) return void reasons.set(row, `检查项不合法 Invalid item: ${issues(item.error)}`);
      return item.data;
    });
    const categories = namesFrom(cell(first, '适用监管类别'), SupervisionCategory.options, labels.categories);
    const tags = namesFrom(cell(first, '适用标签'), EnterpriseTag.options, labels.tags);
    if (typeof categories === 'string') reasons.set(group[0]?.row ?? 2, `监管类别“${categories}”不在可选值中 Unknown category`);
    if (typeof tags === 'string') reasons.set(group[0]?.row ?? 2, `标签“${tags}”不在可选值中 Unknown tag`);
    const versions = existing.filter((t) => t.code === code);
    const openDraft = versions.find((t) => !isPublished(t));
    const version = openDraft?.version ?? Math.max(0, ...versions.map((t) => t.version)) + 1;
    const parsed = ChecklistTemplate.safeParse({
      id: openDraft?.id ?? templateIdOf(code, version), code, version, name: cell(first, '检查表名称'), appliesToCategories: typeof categories === 'string' ? [] : categories,
      appliesToTags: typeof tags === 'string' ? [] : tags, appliesToIndustries: split(cell(first, '适用行业代码')).map((s) => s.toUpperCase()), items, retired: false, status: 'draft', updatedAt: now,
    });
    if (reasons.size === 0 && !parsed.success) reasons.set(group[0]?.row ?? 2, `检查表不合法 Invalid template: ${issues(parsed.error)}`);
    const unchanged = openDraft && parsed.success && canonicalJson({ ...openDraft, updatedAt: '' }) === canonicalJson({ ...parsed.data, updatedAt: '' });
    for (const { row } of group) {
      const result = results[row - 2];
      if (!result) continue;
      const own = reasons.get(row);
      if (reasons.size > 0) Object.assign(result, { status: 'refused', reason: own ?? `同一检查表（${code}）的其他行有错误 Another row of ${code} is refused` });
      else Object.assign(result, { status: unchanged ? 'unchanged' : openDraft ? 'updated' : 'created' });
    }
    if (reasons.size === 0 && parsed.success && !unchanged) documents.push({ document: parsed.data, ...(openDraft ? { before: openDraft } : {}) });
  }
  return { rows: results, documents };
}

/**
 * Plans a question sheet: each row is one question (id `q-${题目编号}`), stored published (the
 * import is the publication, after its dry run). A published question is never changed: a row
 * that would change one is refused and asks for a new 题目编号 (a new version).
 */
export function planQuestionImport(rows: readonly (readonly string[])[], existing: ReadonlyMap<string, ExamQuestion>, tagLabels: Record<string, EnterpriseTag>, now: string): PlannedReference<ExamQuestion> {
  const cell = cellOf(QUESTION_IMPORT_COLUMNS);
  const seen = new Map<string, number>();
  const documents: PlannedReference<ExamQuestion>['documents'] = [];
  const results = rows.map((cells, i): ImportRowResult => {
    const row = i + 2;
    const code = cell(cells, '题目编号');
    const refuse = (reason: string): ImportRowResult => ({ row, status: 'refused', reason, ...(code ? { name: code } : {}) });
    if (!/^[A-Za-z0-9_.-]{1,40}$/.test(code)) return refuse('题目编号须为 1–40 位字母、数字或 _.- Missing or malformed 题目编号');
    const id = `q-${code}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) return refuse(`与第 ${earlier} 行题目编号重复 Duplicate of row ${earlier}`);
    seen.set(id, row);
    const basis = basisFrom(cell(cells, '依据条目代码'));
    if (typeof basis === 'string') return refuse(basis);
    const tags = namesFrom(cell(cells, '行业标签'), EnterpriseTag.options, tagLabels);
    if (typeof tags === 'string') return refuse(`标签“${tags}”不在可选值中 Unknown tag`);
    const options = (['A', 'B', 'C', 'D', 'E', 'F'] as const).flatMap((key) => {
      const text = cell(cells, `选项${key}`);
      return text ? [{ key, text }] : [];
    });
    const type = TYPE[cell(cells, '题型')];
    const parsed = ExamQuestion.safeParse({
      id, sectorTags: tags, type: type ?? cell(cells, '题型'), stem: cell(cells, '题干'),
      options: type === 'trueFalse' && options.length === 0 ? [{ key: 'A', text: '正确' }, { key: 'B', text: '错误' }] : options,
      answer: [...cell(cells, '答案').toUpperCase().replace(/[^A-F]/g, '')], explanation: cell(cells, '解析'), basis: basis.basis, retired: false,
      post: POST[cell(cells, '岗位')] ?? (cell(cells, '岗位') || 'all'), difficulty: DIFFICULTY[cell(cells, '难度')] ?? 2, version: 1, status: 'published', updatedAt: now,
    });
    if (!parsed.success) return refuse(`题目不合法 Invalid question: ${issues(parsed.error)}`);
    const keys = new Set(parsed.data.options.map((o) => o.key));
    if (!parsed.data.answer.every((a) => keys.has(a))) return refuse('答案须是已填写的选项 The answer must name given options');
    const before = existing.get(id);
    const same = (q: ExamQuestion) => canonicalJson({ ...q, updatedAt: '', version: 1, status: 'published' });
    if (before && same(before) === same(parsed.data)) return { row, status: 'unchanged', name: code };
    if (before && isPublished(before)) return refuse('该编号的题目已发布，不可修改：请用新的题目编号（新版本），并停用旧题 A published question is immutable: use a new number');
    documents.push({ document: parsed.data, ...(before ? { before } : {}) });
    return { row, status: before ? 'updated' : 'created', name: code };
  });
  return { rows: results, documents };
}
