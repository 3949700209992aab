import { randomBytes, randomInt } from 'node:crypto';
import { addDays, Draw, InspectionTask, randomDraw, shanghaiDate, type DrawRequest, type Principal, type ProblemCode } from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import { scopeKeysFor } from '../replication/scopeKeys';
import type { Store, WriteMeta } from '../store/Store';
import { drawInspectors, drawPopulation } from './drawInputs';

export type DrawOutcome = { ok: true; draw: Draw } | { ok: false; code: ProblemCode; detail: string };

const DEFAULT_DAYS_TO_DUE = 30;

/**
 * Runs a 双随机 draw for a supervisor: the server picks the seed, records it with the inputs it
 * drew from and the result, and writes one task per target in the same transaction, as
 * replicated documents, so they reach the two inspectors' tablets by the normal pull and stream.
 */
export async function runDraw(store: Store, supervisor: Principal, meta: WriteMeta, request: DrawRequest, now: Date): Promise<DrawOutcome> {
  const area = supervisor.areaCode;
  if (supervisor.role !== 'supervisor' || !area) return { ok: false, code: 'forbidden', detail: 'only supervisors run draws' };
  if (request.criteria.areaCode !== undefined && !request.criteria.areaCode.startsWith(area)) {
    return { ok: false, code: 'validation_failed', detail: `criteria.areaCode must lie inside your area ${area}` };
  }
  const candidates = new Map((await drawInspectors(store, supervisor)).map((o) => [o.userId, o]));
  const strangers = request.poolIds.filter((id) => !candidates.has(id));
  if (strangers.length > 0) return { ok: false, code: 'validation_failed', detail: `not inspectors of your area: ${strangers.join(', ')}` };
  const poolIds = [...new Set(request.poolIds)].sort();
  if (poolIds.length < 2) return { ok: false, code: 'draw_pool_too_small', detail: 'the pool needs at least two inspectors' };

  const { candidates: population, enterprises } = await drawPopulation(store, supervisor, request.criteria);
  const seed = randomInt(0, 0x1_0000_0000);
  const outcome = randomDraw({ seed, population, poolIds, count: request.count });
  if (!outcome.ok) return outcome;

  const at = now.toISOString();
  const today = shanghaiDate(now);
  const drawId = `draw-${today.replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
  const dueDate = request.dueDate ?? addDays(today, DEFAULT_DAYS_TO_DUE);
  const nameOf = (id: string) => candidates.get(id)?.displayName ?? id;
  const tasks = outcome.assignments.map((a, n) => {
    const e = enterprises.get(a.enterpriseId);
    if (!e) throw new Error(`drawn enterprise ${a.enterpriseId} is not in the population`);
    return InspectionTask.parse({
      id: `${drawId}-t${n + 1}`, drawId, areaCode: e.areaCode, enterpriseId: e.id, enterpriseName: e.name, enterpriseAddress: e.siteAddress,
      townName: e.townName, riskColour: e.riskColour, assigneeIds: a.inspectorIds, assigneeNames: a.inspectorIds.map(nameOf),
      dueDate, status: 'assigned', createdAt: at, updatedAt: at,
    });
  });
  const draw = Draw.parse({
    id: drawId, areaCode: area, seed, criteria: request.criteria, count: request.count, population, poolIds, dueDate,
    assignments: tasks.map((t) => ({ enterpriseId: t.enterpriseId, enterpriseName: t.enterpriseName, inspectorIds: t.assigneeIds, taskId: t.id })),
    createdBy: supervisor.userId, createdByName: supervisor.displayName, createdAt: at, updatedAt: at,
  });
  await store.writeTransaction(async (tx) => {
    const write = async (collection: 'draws' | 'tasks', doc: Draw | InspectionTask) => {
      const data = doc as unknown as DocumentData;
      await tx.write(collection, { id: doc.id, data, deleted: false, keys: scopeKeysFor(collection, data, undefined) }, undefined, meta);
    };
    await write('draws', draw);
    for (const task of tasks) await write('tasks', task);
  });
  return { ok: true, draw };
}

/**
 * Re-draws from the recorded seed and inputs: an auditor's check that the recorded result is what
 * the seed gives. Also says whether today's population (same criteria) is still the recorded one.
 */
export async function replayDraw(store: Store, supervisor: Principal, draw: Draw) {
  const replayed = randomDraw({ seed: draw.seed, population: draw.population, poolIds: draw.poolIds, count: draw.count });
  const assignments = replayed.ok ? replayed.assignments : [];
  const recorded = draw.assignments.map((a) => ({ enterpriseId: a.enterpriseId, inspectorIds: a.inspectorIds }));
  const today = (await drawPopulation(store, supervisor, draw.criteria)).candidates;
  return {
    drawId: draw.id,
    seed: draw.seed,
    matches: replayed.ok && JSON.stringify(assignments) === JSON.stringify(recorded),
    assignments,
    populationUnchanged: JSON.stringify(today) === JSON.stringify(draw.population),
  };
}
