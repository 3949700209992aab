import { z } from 'zod';
import { EnterpriseTag, RiskColour, SupervisionCategory } from './enterprise';
import { DocumentBase, Id, IsoDateTime, LocalDate, ShortText } from './primitives';

/** 双随机 (domain §2.10): which enterprises a draw picks from. Empty lists mean "any". */
export const DrawCriteria = z.object({
  /** A town or village inside the supervisor's area (code prefix); absent = the whole area. */
  areaCode: z.string().regex(/^[0-9]{6,12}$/).optional(),
  gridIds: z.array(Id).max(50),
  categories: z.array(SupervisionCategory).max(20),
  /** Enterprises carrying any of these tags. */
  tags: z.array(EnterpriseTag).max(20),
  riskColours: z.array(RiskColour).max(4),
});
export type DrawCriteria = z.infer<typeof DrawCriteria>;

/** One enterprise of the population and the officers who may not inspect it (bound to it, or its grid's officers). */
export const DrawCandidate = z.object({ enterpriseId: Id, boundOfficerIds: z.array(Id).max(40) });
export type DrawCandidate = z.infer<typeof DrawCandidate>;

export const DrawAssignment = z.object({
  enterpriseId: Id,
  enterpriseName: z.string().max(200),
  inspectorIds: z.array(Id).length(2),
  taskId: Id,
});
export type DrawAssignment = z.infer<typeof DrawAssignment>;

/**
 * A 双随机 draw as the server made it: the seed it picked, the inputs it drew from (the population
 * as it was, the inspector pool) and the result, so anyone can re-run it and get the same draw.
 * Written by the server only; replicated to the supervisors of its area.
 */
export const Draw = z.object({
  ...DocumentBase,
  areaCode: z.string().regex(/^[0-9]{2,12}$/),
  seed: z.number().int().min(0).max(0xffffffff),
  criteria: DrawCriteria,
  count: z.number().int().min(1).max(200),
  population: z.array(DrawCandidate).max(40_000),
  poolIds: z.array(Id).min(2).max(200),
  assignments: z.array(DrawAssignment).max(200),
  dueDate: LocalDate,
  createdBy: Id,
  createdByName: ShortText,
  createdAt: IsoDateTime,
});
export type Draw = z.infer<typeof Draw>;

export const TaskStatus = z.enum(['assigned', 'inProgress', 'done', 'cancelled']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/**
 * An inspection assigned by a draw to two inspectors. It carries what they need to find the
 * enterprise offline, because a drawn inspector is never one whose grid holds the enterprise.
 */
export const InspectionTask = z.object({
  ...DocumentBase,
  drawId: Id,
  /** The enterprise's area: supervisors of it see the task. */
  areaCode: z.string().regex(/^[0-9]{6,12}$/),
  enterpriseId: Id,
  enterpriseName: ShortText,
  enterpriseAddress: z.string().max(200),
  townName: z.string().max(100),
  riskColour: RiskColour,
  assigneeIds: z.array(Id).min(1).max(5),
  assigneeNames: z.array(z.string().max(100)).max(5),
  dueDate: LocalDate,
  status: TaskStatus,
  createdAt: IsoDateTime,
  doneAt: IsoDateTime.optional(),
  note: z.string().max(1000).optional(),
});
export type InspectionTask = z.infer<typeof InspectionTask>;

/** Fields an assigned officer may change (writePolicy): the progress, never who or what. */
export const TASK_OFFICER_FIELDS = ['status', 'doneAt', 'note'] as const;

/** POST /api/draws. The server picks the seed; the client never chooses it. */
export const DrawRequest = z
  .object({
    criteria: DrawCriteria,
    poolIds: z.array(Id).min(1).max(200),
    count: z.number().int().min(1).max(200),
    dueDate: LocalDate.optional(),
  })
  .strict();
export type DrawRequest = z.infer<typeof DrawRequest>;

/** GET /api/draws/inspectors: officers a supervisor may put in the pool. */
export const DrawInspector = z.object({ userId: Id, displayName: z.string(), officerKind: z.string().optional(), gridIds: z.array(Id) });
export type DrawInspector = z.infer<typeof DrawInspector>;

/** POST /api/draws/:id/replay. */
export const DrawReplay = z.object({
  drawId: Id,
  seed: z.number().int(),
  /** The recorded inputs re-drawn with the recorded seed give exactly the recorded result. */
  matches: z.boolean(),
  assignments: z.array(DrawAssignment.pick({ enterpriseId: true, inspectorIds: true })),
  /** Whether today's population (same criteria) still equals the recorded one; informative only. */
  populationUnchanged: z.boolean(),
});
export type DrawReplay = z.infer<typeof DrawReplay>;
