import type { CollectionName } from './collections';
import { TASK_OFFICER_FIELDS } from './inspectionTask';
import type { OfficerKind, Role } from './user';
import { ENFORCEMENT_WRIT_KINDS, type WritKind } from './writ';

/**
 * What each role may write, on top of scope (a document must be in the user's scope before and
 * after the write). The server enforces it on every push row; clients use it to hide controls.
 */
export interface WriteRule {
  create: boolean;
  update: boolean;
  delete: boolean;
  /** Only these fields may change (undefined: any field). `updatedAt` is always allowed. */
  fields?: readonly string[];
  /** A condition on the document (before and after); returns a reason when the row is refused. */
  check?: (doc: Record<string, unknown>, actor: { userId: string; officerKind?: OfficerKind | undefined }) => string | null;
}

const all: WriteRule = { create: true, update: true, delete: true };
const none: WriteRule = { create: false, update: false, delete: false };
const insertOnly: WriteRule = { create: true, update: false, delete: false };

/** 企业自查自报自改: enterprises write their own self-check records only. */
const selfCheckHazard: WriteRule['check'] = (doc) => (doc['source'] === 'enterpriseSelfCheck' ? null : '企业只能登记和修改自查隐患');
const selfCheckInspection: WriteRule['check'] = (doc) => (doc['type'] === 'selfCheck' ? null : '企业只能进行自查');
/** Third-party experts record findings with source 第三方检查 and never edit enterprise profiles. */
const expertHazard: WriteRule['check'] = (doc, actor) =>
  actor.officerKind === 'expert' && doc['source'] !== 'thirdParty' ? '第三方专家登记的隐患来源须为第三方检查' : null;

/** 责令限期整改指令书 and 现场处理措施决定书 are enforcement officers' writs; experts issue no writs at all. */
const officerWrit: WriteRule['check'] = (doc, actor) =>
  actor.officerKind === 'expert' ? '第三方专家不能出具执法文书'
    : ENFORCEMENT_WRIT_KINDS.includes(doc['kind'] as WritKind) && actor.officerKind !== 'enforcement' ? '责令限期整改指令书、现场处理措施决定书须由执法人员出具' : null;

/** 案件: only enforcement officers open and handle cases (grid officers refer them, 抄告). */
const enforcementCase: WriteRule['check'] = (_doc, actor) => (actor.officerKind === 'enforcement' ? null : '只有执法人员可以立案和办理案件');

/** An officer writes only inspections they take part in: another officer's or an expert's record is theirs. */
const ownInspection: WriteRule['check'] = (doc, actor) =>
  Array.isArray(doc['officerIds']) && doc['officerIds'].includes(actor.userId) ? null : '只能填写本人参与的检查记录';

/** An officer records only their own patrols. */
const ownPatrol: WriteRule['check'] = (doc, actor) => (doc['officerId'] === actor.userId ? null : '只能记录本人的巡查轨迹');

export const ENTERPRISE_EDITABLE_PROFILE_FIELDS = ['people', 'headcount', 'notes', 'landlord', 'siteAddress', 'regAddress', 'location'] as const;

export const WRITE_RULES: Record<Role, Record<CollectionName, WriteRule>> = {
  officer: {
    grids: none,
    // 信息采集: officers edit profiles; the ledger's keepers (admins, supervisors) create and deactivate.
    enterprises: { create: false, update: true, delete: false },
    checklistTemplates: none,
    inspections: { create: true, update: true, delete: false, check: ownInspection },
    hazards: { create: true, update: true, delete: false, check: expertHazard },
    hazardEvents: insertOnly,
    conflicts: none,
    patrols: { create: true, update: true, delete: false, check: ownPatrol },
    examQuestions: none,
    writs: { create: true, update: true, delete: false, check: officerWrit },
    tasks: { create: false, update: true, delete: false, fields: TASK_OFFICER_FIELDS },
    draws: none,
    cases: { create: true, update: true, delete: false, check: enforcementCase },
  },
  enterprise: {
    grids: none,
    enterprises: { create: false, update: true, delete: false, fields: ENTERPRISE_EDITABLE_PROFILE_FIELDS },
    checklistTemplates: none,
    inspections: { create: true, update: true, delete: false, check: selfCheckInspection },
    hazards: { create: true, update: true, delete: false, check: selfCheckHazard },
    hazardEvents: insertOnly,
    conflicts: none,
    patrols: none,
    examQuestions: none,
    writs: none,
    tasks: none,
    draws: none,
    cases: none,
  },
  supervisor: {
    grids: all,
    // Deactivating an enterprise is a status, not a deletion: its records stay in the ledger.
    enterprises: { create: true, update: true, delete: false },
    // A template is retired (`retired`), never deleted: inspections keep pointing at their version.
    checklistTemplates: { create: true, update: true, delete: false },
    inspections: { create: true, update: true, delete: false },
    // An issued hazard is never deleted, only voided by an event (design §3.1 invariant 8).
    hazards: { create: true, update: true, delete: false },
    hazardEvents: insertOnly,
    conflicts: none,
    patrols: none,
    examQuestions: all,
    writs: { create: true, update: true, delete: false },
    // Tasks come from draws (POST /api/draws); a supervisor may reschedule or cancel one.
    tasks: { create: false, update: true, delete: false, fields: ['status', 'dueDate', 'note'] },
    draws: none,
    cases: { create: true, update: true, delete: false },
  },
  // 系统管理员: the town's reference data and ledger, nothing an inspection or a hazard records.
  admin: {
    grids: all,
    enterprises: { create: true, update: true, delete: false },
    checklistTemplates: { create: true, update: true, delete: false },
    inspections: none,
    hazards: none,
    hazardEvents: none,
    conflicts: none,
    patrols: none,
    examQuestions: all,
    writs: none,
    tasks: none,
    draws: none,
    cases: none,
  },
};

/** Roles that move documents between scopes (SCOPE_FIELDS), inside their own area only. */
export const SCOPE_MOVERS: readonly Role[] = ['supervisor', 'admin'];

/**
 * Fields fixed at creation, for every role: who found what, where it belongs, what kind of
 * record it is. Changing one would re-attribute or move a record (a hazard to another
 * enterprise, a patrol track to another officer). `proposedLevel` is the finder's proposal: the
 * effective level comes from confirmation events, and no client edits it after creating.
 */
export const IMMUTABLE_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  hazards: ['enterpriseId', 'source', 'foundBy', 'foundAt', 'inspectionId', 'proposedLevel'],
  inspections: ['enterpriseId', 'type'],
  writs: ['enterpriseId', 'kind', 'caseId'],
  cases: ['enterpriseId', 'openedBy', 'openedAt'],
  patrols: ['officerId', 'areaCode', 'gridIds'],
  checklistTemplates: ['code', 'version'],
};

/**
 * Fields that decide who sees a document (its scope keys). Only SCOPE_MOVERS move a document
 * between scopes, and only inside their own area; others set them when creating only.
 */
export const SCOPE_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  enterprises: ['areaCode', 'gridIds'],
  grids: ['areaCode'],
};

/** The field that names the creator: on create it must be the signed-in user. */
export const AUTHOR_FIELDS: Partial<Record<CollectionName, string>> = {
  hazards: 'foundBy',
  patrols: 'officerId',
  cases: 'openedBy',
};

/**
 * Collections whose deleted documents may be pushed again as new (reference data). Elsewhere a
 * stored deletion is final: a push cannot bring back a record under an old id.
 */
export const RESTORABLE_COLLECTIONS: readonly CollectionName[] = ['grids', 'examQuestions'];

/**
 * Collections whose documents name grids (`gridIds`) and an `areaCode`: every grid must exist,
 * and lie in (or be) that area, so nobody files a document under a grid of another town.
 */
export const GRID_REFERENCING_COLLECTIONS: readonly CollectionName[] = ['enterprises', 'patrols'];

/** Officers of kind expert may not edit enterprise profiles. */
export function writeRuleFor(role: Role, officerKind: OfficerKind | undefined, collection: CollectionName): WriteRule {
  if (role === 'officer' && officerKind === 'expert' && collection === 'enterprises') return none;
  return WRITE_RULES[role][collection];
}
