import { randomUUID } from 'node:crypto';
import {
  ACCOUNT_BINDING_KINDS, bindingProblem, endProblem, GRID_BINDING_KINDS, mayAdministerAccountOf, officersAfter, shanghaiDate,
  type Binding, type NewBinding, type Principal,
} from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import type { Store, StoredDocument } from '../store/Store';
import { pushAsAdmin, reachableDoc, refuse, type AdminResult } from './adminWrite';

/** The kinds of officer each government binding takes (a 消防指导员 binding needs a fire guide's account). */
const OFFICER_KINDS: Partial<Record<Binding['kind'], readonly string[]>> = {
  gridOfficer: ['grid', 'enforcement', 'expert'],
  fireGuide: ['fireGuide'],
  dualOfficer: ['grid', 'enforcement', 'expert', 'fireGuide'],
};
const noTarget = () => refuse('not_found', '您的辖区内没有这个网格或企业 No such grid or enterprise in your area');

type Target = { collection: 'grids' | 'enterprises'; doc: StoredDocument; key: { gridId: string } | { enterpriseId: string } };

async function targetOf(store: Store, actor: Principal, request: Pick<NewBinding, 'kind' | 'gridId' | 'enterpriseId'>): Promise<Target | undefined> {
  const onGrid = GRID_BINDING_KINDS.includes(request.kind);
  const id = onGrid ? request.gridId : request.enterpriseId;
  if (!id || (onGrid ? request.enterpriseId : request.gridId)) return undefined;
  const collection = onGrid ? 'grids' : 'enterprises';
  const doc = await reachableDoc(store, actor, collection, id);
  return doc ? { collection, doc, key: onGrid ? { gridId: id } : { enterpriseId: id } } : undefined;
}

/** Re-writes the target's officer list from the current bindings, through the push path (the officer's scope follows it). */
async function syncOfficers(store: Store, actor: Principal, deviceId: string, target: Target, userId: string, now: Date): Promise<AdminResult<unknown>> {
  // A grid's `officerIds` decide officers' scope; an enterprise's `boundOfficerIds` are its 双网格员.
  const onGrid = target.collection === 'grids';
  const kinds = ACCOUNT_BINDING_KINDS.filter((k) => GRID_BINDING_KINDS.includes(k) === onGrid);
  const history = await store.places.bindingsOf(target.key);
  const field = onGrid ? 'officerIds' : 'boundOfficerIds';
  const held = (target.doc.data[field] as string[] | undefined) ?? [];
  const next = officersAfter(held, history, kinds, target.key, userId);
  if (next.length === held.length && next.every((id, i) => id === held[i])) return { ok: true, value: null };
  return pushAsAdmin(store, actor, deviceId, target.collection, target.doc, { ...(target.doc.data as DocumentData), [field]: next, updatedAt: now.toISOString() }, now);
}

/**
 * Binds a person to a grid or an enterprise from `startsOn` (no later than today). Government
 * bindings name an account the administrator manages; the enterprise-side 网格员 is a named
 * person. The target's officer list then follows the current bindings. Logged.
 */
export async function bind(store: Store, actor: Principal, deviceId: string, request: NewBinding, now: Date): Promise<AdminResult<Binding>> {
  const target = await targetOf(store, actor, request);
  if (!target) return noTarget();
  let personName = request.personName?.trim() ?? '';
  if (request.kind !== 'enterpriseGridPerson') {
    const user = request.userId ? await store.findUserById(request.userId) : undefined;
    const reachable = user && mayAdministerAccountOf(actor, { role: user.principal.role, areaCodes: await store.auth.areaCodesOf(user.principal) });
    if (!user || !reachable || user.principal.role !== 'officer') return refuse('not_found', '您的辖区内没有这名工作人员 No such officer in your area');
    if (!OFFICER_KINDS[request.kind]?.includes(user.principal.officerKind ?? 'grid')) {
      return refuse('validation_failed', '消防指导员绑定需要消防指导员账号，网格员绑定需要网格员、执法或专家账号 The account kind does not fit this binding');
    }
    personName = user.principal.displayName;
  } else if (request.userId || !personName) {
    return refuse('validation_failed', '企业侧网格员请填写姓名（不关联账号） Name the enterprise-side person');
  }
  const binding: Binding = {
    id: `bind-${randomUUID()}`, kind: request.kind, gridId: 'gridId' in target.key ? target.key.gridId : null, enterpriseId: 'enterpriseId' in target.key ? target.key.enterpriseId : null,
    userId: request.kind === 'enterpriseGridPerson' ? null : (request.userId ?? null), personName, personPhone: request.personPhone ?? null, partnerName: request.partnerName || null,
    startsOn: request.startsOn, endsOn: null, areaCode: String(target.doc.data['areaCode']), createdBy: actor.userId, endedBy: null,
  };
  const problem = bindingProblem(await store.places.bindingsOf(target.key), binding, shanghaiDate(now));
  if (problem) return refuse(problem.includes('今天') ? 'validation_failed' : 'binding_conflict', problem);
  if (!(await store.places.insertBinding(binding, now))) return refuse('binding_conflict', `${personName} 已绑定 Already bound`);
  if (binding.userId) {
    const synced = await syncOfficers(store, actor, deviceId, target, binding.userId, now);
    if (!synced.ok) return synced;
  }
  await store.admin.audit({ at: now, actorId: actor.userId, action: 'binding.create', targetKind: 'binding', targetId: binding.id, areaCode: binding.areaCode, after: binding });
  return { ok: true, value: binding };
}

/** Ends a current binding on `endsOn` (no later than today); the row stays in the history. Logged. */
export async function endBinding(store: Store, actor: Principal, deviceId: string, id: string, endsOn: string, now: Date): Promise<AdminResult<Binding>> {
  const before = await store.places.getBinding(id);
  const target = before ? await targetOf(store, actor, { kind: before.kind, gridId: before.gridId ?? undefined, enterpriseId: before.enterpriseId ?? undefined }) : undefined;
  if (!before || !target) return refuse('not_found', '您的辖区内没有这条绑定 No such binding in your area');
  const problem = endProblem(before, endsOn, shanghaiDate(now));
  if (problem) return refuse(before.endsOn ? 'binding_conflict' : 'validation_failed', problem);
  if (!(await store.places.endBinding(id, endsOn, actor.userId, now))) return refuse('binding_conflict', '该绑定已解除 Already ended');
  const after: Binding = { ...before, endsOn, endedBy: actor.userId };
  if (before.userId) {
    const synced = await syncOfficers(store, actor, deviceId, target, before.userId, now);
    if (!synced.ok) return synced;
  }
  await store.admin.audit({ at: now, actorId: actor.userId, action: 'binding.end', targetKind: 'binding', targetId: id, areaCode: before.areaCode, before, after });
  return { ok: true, value: after };
}

/** The history of a grid's, an enterprise's or a person's bindings, limited to what the administrator reaches. */
export async function bindingHistory(store: Store, actor: Principal, query: { gridId?: string | undefined; enterpriseId?: string | undefined; userId?: string | undefined }): Promise<AdminResult<Binding[]>> {
  if (query.userId) {
    const user = await store.findUserById(query.userId);
    if (!user || !mayAdministerAccountOf(actor, { role: user.principal.role, areaCodes: await store.auth.areaCodesOf(user.principal) })) {
      return refuse('not_found', '您的辖区内没有这名工作人员 No such officer in your area');
    }
    // A person may have been bound elsewhere too: only the bindings of places this administrator reaches.
    return { ok: true, value: (await store.places.bindingsOf({ userId: query.userId })).filter((b) => b.areaCode.startsWith(actor.areaCode ?? '')) };
  }
  const collection = query.gridId ? 'grids' : 'enterprises';
  const id = query.gridId ?? query.enterpriseId;
  if (!id || !(await reachableDoc(store, actor, collection, id))) return noTarget();
  return { ok: true, value: await store.places.bindingsOf(query.gridId ? { gridId: id } : { enterpriseId: id }) };
}
