import type { z } from 'zod';
import { ChecklistTemplate } from './checklist';
import { ConflictRecord } from './conflict';
import { EnforcementCase } from './enforcementCase';
import { Enterprise } from './enterprise';
import { ExamQuestion } from './exam';
import { Grid } from './grid';
import { Hazard } from './hazard';
import { HazardEvent } from './hazardEvents';
import { Inspection } from './inspection';
import { Draw, InspectionTask } from './inspectionTask';
import { Patrol } from './patrol';
import { Writ } from './writ';

/**
 * How a document's visibility is decided (design §3.2 Scope):
 * - grid: the grid itself (officers of it, supervisors of its area);
 * - enterprise: the enterprise profile (officers of its grids, its own users, supervisors of its area);
 * - enterpriseOwned: anything hanging off an enterprise, visible exactly where the enterprise is;
 * - officerOwned: an officer's own records (patrol tracks), visible to that officer and to supervisors of the area;
 * - public: reference data every signed-in user needs offline (checklist templates);
 * - assigned: work assigned to named officers (`assigneeIds`), visible to them and to supervisors of the area,
 *   never to the enterprise (a 双随机 inspection is unannounced);
 * - supervision: supervisors' own records (draws), visible to supervisors of the area only.
 */
export type ScopeKind = 'grid' | 'enterprise' | 'enterpriseOwned' | 'officerOwned' | 'public' | 'assigned' | 'supervision';

export interface CollectionSpec {
  schema: z.ZodType<{ id: string; updatedAt: string }>;
  scope: ScopeKind;
  /** Client-side indexes (RxDB): string fields with a maxLength only. */
  indexes: readonly string[];
  /**
   * The RxDB schema version. Bump it whenever the generated schema changes (rxSchemaReleases.ts
   * keeps the hash of every released version, and its test fails until the bump): a device that
   * still holds the older version migrates its local copy, unsynced writes included.
   */
  version: number;
  /**
   * How a document of version n-1 becomes version n, keyed by n. Absent = unchanged (additive,
   * optional fields only); a new required field or a renamed one needs an entry here.
   */
  migrations?: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;
}

export const COLLECTIONS = {
  grids: { schema: Grid, scope: 'grid', indexes: [], version: 1 },
  enterprises: { schema: Enterprise, scope: 'enterprise', indexes: [], version: 1 },
  checklistTemplates: { schema: ChecklistTemplate, scope: 'public', indexes: [], version: 1 },
  inspections: {
    schema: Inspection, scope: 'enterpriseOwned', indexes: ['enterpriseId'], version: 1,
  },
  hazards: { schema: Hazard, scope: 'enterpriseOwned', indexes: ['enterpriseId'], version: 0 },
  hazardEvents: {
    schema: HazardEvent, scope: 'enterpriseOwned', indexes: ['hazardId'], version: 1,
  },
  patrols: { schema: Patrol, scope: 'officerOwned', indexes: [], version: 0 },
  /** 逢查必考 question bank: reference data every device keeps for offline quizzes. */
  examQuestions: { schema: ExamQuestion, scope: 'public', indexes: [], version: 1 },
  /** The conflict log: written by the server's merge only, read by everyone who sees the document. */
  conflicts: { schema: ConflictRecord, scope: 'enterpriseOwned', indexes: ['documentId'], version: 1 },
  /** 执法文书: issued on devices, numbered by the server (official numbers per town, kind and year). */
  writs: { schema: Writ, scope: 'enterpriseOwned', indexes: ['enterpriseId'], version: 1 },
  /** 双随机 inspection tasks: written by the server's draw, progressed by the two assigned officers. */
  tasks: { schema: InspectionTask, scope: 'assigned', indexes: [], version: 0 },
  /** 双随机 draws with their seed and inputs, written by the server only. */
  draws: { schema: Draw, scope: 'supervision', indexes: [], version: 0 },
  /**
   * 行政处罚案件: hang off an enterprise, but only enforcement officers and supervisors see them,
   * the enterprise once served (caseVisibility.ts). The 13th collection: RxDB's open-source limit.
   */
  cases: { schema: EnforcementCase, scope: 'enterpriseOwned', indexes: ['enterpriseId'], version: 0 },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

export interface DocumentTypes {
  grids: Grid;
  enterprises: Enterprise;
  checklistTemplates: ChecklistTemplate;
  inspections: Inspection;
  hazards: Hazard;
  hazardEvents: HazardEvent;
  conflicts: ConflictRecord;
  patrols: Patrol;
  examQuestions: ExamQuestion;
  writs: Writ;
  tasks: InspectionTask;
  draws: Draw;
  cases: EnforcementCase;
}

/** The enterprise a document belongs to, for scope checks; undefined for grids and public data. */
export function owningEnterpriseId(collection: CollectionName, doc: { id: string } & Record<string, unknown>): string | undefined {
  const spec: CollectionSpec = COLLECTIONS[collection];
  if (spec.scope === 'enterprise') return doc.id;
  if (spec.scope === 'enterpriseOwned') return typeof doc['enterpriseId'] === 'string' ? doc['enterpriseId'] : undefined;
  return undefined;
}
