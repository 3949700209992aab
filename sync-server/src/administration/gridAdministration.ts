import { randomUUID } from 'node:crypto';
import { adminReaches, outlineOf, type Area, type AreaRequest, type Grid, type GridRequest, type Principal } from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import type { Store } from '../store/Store';
import { pushAsAdmin, reachableDoc, refuse, type AdminResult } from './adminWrite';

const outsideArea = () => refuse('not_found', '您的辖区内没有这个行政区划 No such area in your area');

/** An area under the administrator's own (an installation administrator: anywhere). Logged. */
export async function createArea(store: Store, actor: Principal, request: AreaRequest, now: Date): Promise<AdminResult<Area>> {
  if (!adminReaches(actor, request.code)) return refuse('forbidden', `只能在本辖区（${actor.areaCode ?? ''}）下建立行政区划 Only under your own area`);
  if (!(await store.places.createArea(request, now))) return refuse('area_exists', request.code);
  const area = { ...request, updatedAt: now.toISOString() };
  await store.admin.audit({ at: now, actorId: actor.userId, action: 'area.create', targetKind: 'area', targetId: request.code, areaCode: request.code, after: request });
  return { ok: true, value: area };
}

/** Renames an area; the grids keep their code (a town's grids show the new name from their next edit on). */
export async function renameArea(store: Store, actor: Principal, code: string, name: string, now: Date): Promise<AdminResult<Area>> {
  const stored = adminReaches(actor, code) ? await store.places.getArea(code) : undefined;
  if (!stored) return outsideArea();
  await store.places.renameArea(code, name, now);
  await store.admin.audit({ at: now, actorId: actor.userId, action: 'area.rename', targetKind: 'area', targetId: code, areaCode: code, before: { name: stored.name }, after: { name } });
  return { ok: true, value: { code, name, updatedAt: now.toISOString() } };
}

/** The town name a grid carries: its 9-digit town area's name, else its own area's. */
async function townNameOf(store: Store, areaCode: string, own: Area): Promise<string> {
  if (areaCode.length <= 9) return own.name;
  return (await store.places.getArea(areaCode.slice(0, 9)))?.name ?? own.name;
}

/** What the audit keeps of a grid: never the thousands of boundary points, only their count. */
const gridSummary = (g: Partial<Grid>) => ({
  name: g.name, type: g.type, areaCode: g.areaCode, officerIds: g.officerIds,
  boundary: g.boundary ? { polygons: g.boundary.length, points: g.boundary.reduce((n, r) => n + r.length, 0) } : { polygons: g.outline?.length ? 1 : 0, points: g.outline?.length ?? 0 },
});

/**
 * Creates (no `id`) or edits a grid of an area the administrator created and reaches, through
 * the push path. An edit keeps the officers (bindings change them) and, without `boundary`, the
 * stored boundary. Logged with before and after.
 */
export async function saveGrid(store: Store, actor: Principal, deviceId: string, id: string | undefined, request: GridRequest, now: Date): Promise<AdminResult<Grid>> {
  const area = adminReaches(actor, request.areaCode) ? await store.places.getArea(request.areaCode) : undefined;
  if (!area) return refuse('not_found', `请先建立行政区划 ${request.areaCode}（在“区划与网格”页） Create the area first`);
  const stored = id === undefined ? undefined : await reachableDoc(store, actor, 'grids', id);
  if (id !== undefined && !stored) return refuse('not_found', '您的辖区内没有这个网格 No such grid in your area');
  const before = stored?.data as Grid | undefined;
  const boundary = request.boundary ?? before?.boundary;
  const next: Grid = {
    id: before?.id ?? `grid-${randomUUID()}`,
    name: request.name, type: request.type, areaCode: request.areaCode, townName: await townNameOf(store, request.areaCode, area),
    officerIds: before?.officerIds ?? [],
    outline: request.boundary ? outlineOf(request.boundary) : before?.outline ?? [],
    ...(boundary ? { boundary } : {}),
    updatedAt: now.toISOString(),
  };
  const written = await pushAsAdmin(store, actor, deviceId, 'grids', stored, next as unknown as DocumentData, now);
  if (!written.ok) return written;
  await store.admin.audit({
    at: now, actorId: actor.userId, action: before ? 'grid.update' : 'grid.create', targetKind: 'grid', targetId: next.id, areaCode: next.areaCode,
    ...(before ? { before: gridSummary(before) } : {}), after: gridSummary(next),
  });
  return { ok: true, value: written.value as unknown as Grid };
}
