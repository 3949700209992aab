import { z } from 'zod';
import { canonicalJson } from './enterpriseImportText';
import { Enterprise, type EnterprisePerson, type EnterpriseScale, type EnterpriseTag, type RiskColour, type SupervisionCategory } from './enterprise';
import { checkUscc, normaliseUscc } from './uscc';

/** The template's first sheet, in this order (issue 14). Only the first, second and fourth are required. */
export const ENTERPRISE_IMPORT_COLUMNS = [
  '企业名称', '统一社会信用代码', '地址', '所属网格', '行业领域', '风险等级', '企业规模', '法定代表人', '联系电话', '安全负责人', '安全负责人电话', '标签',
] as const;

export const ImportRowStatus = z.enum(['created', 'updated', 'unchanged', 'refused']);
export type ImportRowStatus = z.infer<typeof ImportRowStatus>;

/** `row` is the spreadsheet's row number (the header is row 1). */
export const ImportRowResult = z.object({ row: z.number().int().min(1), status: ImportRowStatus, reason: z.string().optional(), uscc: z.string().optional(), name: z.string().optional() });
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const EnterpriseImportResult = z.object({
  dryRun: z.boolean(),
  summary: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), refused: z.number().int() }),
  rows: z.array(ImportRowResult),
});
export type EnterpriseImportResult = z.infer<typeof EnterpriseImportResult>;

/** 行业领域, 风险等级, 企业规模 and 标签 as a town office writes them. */
const CATEGORY: Record<string, SupervisionCategory> = {
  冶金: 'metallurgy', 有色: 'nonFerrous', 建材: 'buildingMaterials', 机械: 'machinery', 轻工: 'lightIndustry', 纺织: 'textile', 烟草: 'tobacco', 商贸: 'commerce',
  危险化学品: 'hazchem', 危化: 'hazchem', 建筑施工: 'construction', 交通运输: 'transport', 城镇燃气: 'townGas', 九小场所: 'nineSmall', 其他: 'other',
};
const RISK: Record<string, RiskColour> = { 红: 'red', 红色: 'red', 重大风险: 'red', 橙: 'orange', 橙色: 'orange', 较大风险: 'orange', 黄: 'yellow', 黄色: 'yellow', 一般风险: 'yellow', 蓝: 'blue', 蓝色: 'blue', 低风险: 'blue' };
const SCALE: Record<string, EnterpriseScale> = { 规上: 'aboveSize', 规模以上: 'aboveSize', 规下: 'belowSize', 规模以下: 'belowSize', 个体工商户: 'individual', 个体: 'individual' };
const TAG: Record<string, EnterpriseTag> = {
  重大危险源: 'majorHazardInstallation', 粉尘涉爆: 'dustExplosion', 涉氨制冷: 'ammoniaRefrigeration', 有限空间: 'confinedSpace', 危化品使用: 'hazchemUse',
  九小场所: 'nineSmall', 多业态混合楼宇: 'multiUseBuilding', 厂房出租: 'factoryRented', 人员密集场所: 'crowdedPlace', 消防安全重点单位: 'keyFireUnit',
  冶金煤气: 'metallurgyGas', 中频炉: 'mediumFrequencyFurnace', 高危工艺: 'highRiskProcess',
};
/** 行业领域 and 标签 names to codes, for the other import sheets (checklists, questions). */
export const IMPORT_LABELS = { categories: CATEGORY, tags: TAG };
export const IMPORT_VOCABULARY = { 行业领域: Object.keys(CATEGORY), 风险等级: Object.keys(RISK), 企业规模: Object.keys(SCALE), 标签: Object.keys(TAG) };

export interface ImportGrid { id: string; name: string; areaCode: string; townName: string }

export interface ImportContext {
  /** Grids the importer may file enterprises under, by name. */
  grids: readonly ImportGrid[];
  /** Enterprises the importer can see, by normalised USCC. */
  existing: ReadonlyMap<string, Enterprise>;
  now: string;
}

export interface PlannedRow { result: ImportRowResult; document?: Enterprise; before?: Enterprise }

const PHONE = /^[0-9+\- ]{5,20}$/;
const cell = (cells: readonly string[], column: (typeof ENTERPRISE_IMPORT_COLUMNS)[number]) => (cells[ENTERPRISE_IMPORT_COLUMNS.indexOf(column)] ?? '').normalize('NFKC').trim();

/** An enterprise's id from its code: the same file imported twice, or by two admins at once, names the same record. */
export const enterpriseIdOf = (uscc: string) => `ent-${uscc.toLowerCase()}`;

/**
 * Plans every data row of a sheet (cells in template order; row numbers from 2). A refused row
 * stores nothing; a row matching a stored enterprise by USCC updates the cells it fills and
 * leaves blank cells as they are, so the same file imported twice changes nothing.
 */
export function planEnterpriseImport(rows: readonly (readonly string[])[], context: ImportContext): PlannedRow[] {
  const gridsByName = new Map(context.grids.map((g) => [g.name.normalize('NFKC').trim(), g]));
  const seen = new Map<string, number>();
  return rows.map((cells, index) => {
    const row = index + 2;
    const name = cell(cells, '企业名称');
    const uscc = normaliseUscc(cell(cells, '统一社会信用代码'));
    const refuse = (reason: string): PlannedRow => ({ result: { row, status: 'refused', reason, ...(uscc ? { uscc } : {}), ...(name ? { name } : {}) } });
    if (!name) return refuse('缺少企业名称 Missing 企业名称');
    if (!uscc) return refuse('缺少统一社会信用代码 Missing 统一社会信用代码');
    const check = checkUscc(uscc);
    if (!check.ok) return refuse(check.reason === 'checksum' ? `统一社会信用代码校验位错误（应为 ${check.expected ?? '?'}）USCC checksum fails` : `统一社会信用代码格式错误 USCC is malformed (${check.reason})`);
    const first = seen.get(uscc);
    if (first !== undefined) return refuse(`与第 ${first} 行统一社会信用代码重复 Duplicate of row ${first}`);
    seen.set(uscc, row);
    const gridName = cell(cells, '所属网格');
    const grid = gridsByName.get(gridName);
    if (!gridName) return refuse('缺少所属网格 Missing 所属网格');
    if (!grid) return refuse(`没有名为“${gridName}”的网格 Unknown grid`);
    const values = readValues(cells);
    if (typeof values === 'string') return refuse(values);
    const before = context.existing.get(uscc);
    const draft = before ? updated(before, name, grid, values) : created(enterpriseIdOf(uscc), uscc, name, grid, values, context.now);
    const parsed = Enterprise.safeParse(draft);
    if (!parsed.success) return refuse(`内容不合法 Invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`.slice(0, 300));
    const status = !before ? 'created' : canonicalJson({ ...before, updatedAt: '' }) === canonicalJson({ ...parsed.data, updatedAt: '' }) ? 'unchanged' : 'updated';
    const document = status === 'updated' ? { ...parsed.data, updatedAt: context.now } : parsed.data;
    return { result: { row, status, uscc, name }, document, ...(before ? { before } : {}) };
  });
}

interface RowValues {
  address: string; category?: SupervisionCategory; risk?: RiskColour; scale?: EnterpriseScale; tags?: EnterpriseTag[];
  principal: { name: string; phone: string }; safetyLead: { name: string; phone: string };
}

/** The optional cells, or the reason the row is refused (a value outside the vocabulary, a malformed phone). */
function readValues(cells: readonly string[]): RowValues | string {
  const lookup = <T>(column: '行业领域' | '风险等级' | '企业规模', table: Record<string, T>): T | undefined | string => {
    const text = cell(cells, column);
    if (!text) return undefined;
    return table[text] ?? `${column}“${text}”不在可选值中 Unknown ${column}`;
  };
  const category = lookup('行业领域', CATEGORY);
  const risk = lookup('风险等级', RISK);
  const scale = lookup('企业规模', SCALE);
  for (const v of [category, risk, scale]) if (typeof v === 'string' && v.includes('不在可选值中')) return v;
  const tagText = cell(cells, '标签');
  const tagNames = tagText ? tagText.split(/[、,，;；]/).map((t) => t.trim()).filter(Boolean) : [];
  const unknownTag = tagNames.find((t) => !(t in TAG));
  if (unknownTag) return `标签“${unknownTag}”不在可选值中 Unknown tag`;
  const principal = { name: cell(cells, '法定代表人'), phone: cell(cells, '联系电话') };
  const safetyLead = { name: cell(cells, '安全负责人'), phone: cell(cells, '安全负责人电话') };
  for (const p of [principal, safetyLead]) if (p.phone && !PHONE.test(p.phone)) return `电话号码“${p.phone}”格式错误 Malformed phone`;
  return {
    address: cell(cells, '地址'), principal, safetyLead,
    ...(category ? { category: category as SupervisionCategory } : {}), ...(risk ? { risk: risk as RiskColour } : {}), ...(scale ? { scale: scale as EnterpriseScale } : {}),
    ...(tagNames.length > 0 ? { tags: [...new Set(tagNames.map((t) => TAG[t] as EnterpriseTag))] } : {}),
  };
}

function withPerson(people: readonly EnterprisePerson[], id: string, role: EnterprisePerson['role'], given: { name: string; phone: string }): EnterprisePerson[] {
  if (!given.name) return [...people];
  const person: EnterprisePerson = { id, role, name: given.name, ...(given.phone ? { phone: given.phone } : {}) };
  const others = people.filter((p) => p.id !== id);
  const existing = people.find((p) => p.id === id);
  return existing && canonicalJson(existing) === canonicalJson(person) ? [...people] : [...others, person];
}

function created(id: string, uscc: string, name: string, grid: ImportGrid, v: RowValues, now: string): unknown {
  const people = withPerson(withPerson([], `${id}-principal`, 'principal', v.principal), `${id}-safetylead`, 'safetyLead', v.safetyLead);
  return {
    id, name, uscc, usccWarningAccepted: false, regAddress: v.address, siteAddress: v.address || name, areaCode: grid.areaCode, townName: grid.townName, villageName: '',
    gridIds: [grid.id], industryCode: '', supervisionCategory: v.category ?? 'other', lineDepartment: '', scale: v.scale ?? 'belowSize', headcount: 0,
    operatingStatus: 'operating', riskColour: v.risk ?? 'blue', tags: v.tags ?? [], people, boundOfficerIds: [], landlord: '', notes: '', updatedAt: now,
  };
}

/** Filled cells replace what is stored; a blank cell keeps it. Moving to another grid moves the enterprise there. */
function updated(before: Enterprise, name: string, grid: ImportGrid, v: RowValues): unknown {
  const people = withPerson(withPerson(before.people, `${before.id}-principal`, 'principal', v.principal), `${before.id}-safetylead`, 'safetyLead', v.safetyLead);
  const moved = !before.gridIds.includes(grid.id);
  return {
    ...before, name, people,
    ...(v.address ? { regAddress: v.address, siteAddress: v.address } : {}),
    ...(moved ? { gridIds: [grid.id], areaCode: grid.areaCode, townName: grid.townName } : {}),
    ...(v.category ? { supervisionCategory: v.category } : {}), ...(v.risk ? { riskColour: v.risk } : {}), ...(v.scale ? { scale: v.scale } : {}), ...(v.tags ? { tags: v.tags } : {}),
  };
}
