import { randomUUID } from 'node:crypto';
import { AccountKindRole, mayAdministerAccountOf, shanghaiDate, type Binding, type NewAccount, type OpenedAccount, type OpenedAccountList, type Principal } from '@anxun/shared-schema';
import { generatedPassword, hashPassword } from '../auth/passwords';
import type { DocumentData } from '../replication/documents';
import { applyPush } from '../replication/push';
import type { Store } from '../store/Store';

export type OpenResult = { ok: true; account: OpenedAccount } | { ok: false; code: 'username_taken' | 'not_found' | 'forbidden' | 'validation_failed'; detail: string };

/** A document the administrator may read (through the scoped pull's rule), or undefined. */
async function readableDoc(store: Store, actor: Principal, collection: 'grids' | 'enterprises', id: string) {
  const found = (await store.writeTransaction((tx) => tx.getDocuments(collection, [id]))).get(id);
  const area = found && !found.deleted ? String(found.data['areaCode'] ?? '') : '';
  return found && area.startsWith(actor.areaCode ?? '') && !found.deleted ? found : undefined;
}

const openingBinding = (actor: Principal, officer: Principal, gridId: string, areaCode: string, now: Date): Binding => ({
  id: `bind-${randomUUID()}`, kind: officer.officerKind === 'fireGuide' ? 'fireGuide' : 'gridOfficer', gridId, enterpriseId: null, userId: officer.userId,
  personName: officer.displayName, personPhone: null, partnerName: null, startsOn: shanghaiDate(now), endsOn: null, areaCode, createdBy: actor.userId, endedBy: null,
});

/**
 * Opens an account for someone of the administrator's area with a generated initial password
 * (to print on the 开通通知; changed at first sign-in). An officer named to grids is added to
 * each grid's officers through the push path (their scope is the grids naming them).
 */
export async function openAccount(store: Store, actor: Principal, deviceId: string, request: NewAccount, now: Date): Promise<OpenResult> {
  const { role, officerKind } = AccountKindRole[request.kind];
  if (request.kind === 'enforcementOfficer' && !request.badgeNo) return { ok: false, code: 'validation_failed', detail: '执法人员须填写执法证号 An enforcement officer needs a badge number' };
  const grids = [];
  for (const id of request.gridIds ?? []) {
    const grid = await readableDoc(store, actor, 'grids', id);
    if (!grid) return { ok: false, code: 'not_found', detail: `没有这个网格 No such grid in your area: ${id}` };
    grids.push(grid);
  }
  const enterprise = role === 'enterprise' && request.enterpriseId ? await readableDoc(store, actor, 'enterprises', request.enterpriseId) : undefined;
  if (role === 'enterprise' && !enterprise) return { ok: false, code: 'not_found', detail: '您辖区内没有这家企业 No such enterprise in your area' };
  const areaCodes = enterprise ? [String(enterprise.data['areaCode'])] : [...grids.map((g) => String(g.data['areaCode'])), ...(request.areaCode ? [request.areaCode] : [])];
  const target = { role, areaCodes };
  if (!mayAdministerAccountOf(actor, target)) return { ok: false, code: 'forbidden', detail: '只能为本辖区（管理员：更小的辖区）开通账号 Only for your own area' };
  const password = generatedPassword();
  const userId = `u-${randomUUID()}`;
  const principal: Principal = {
    userId, username: request.username, displayName: request.displayName, role, gridIds: [], mustChangePassword: true,
    ...(officerKind ? { officerKind } : {}), ...(request.areaCode ? { areaCode: request.areaCode } : {}), ...(request.enterpriseId && role === 'enterprise' ? { enterpriseId: request.enterpriseId } : {}),
  };
  const badgeNo = request.kind === 'enforcementOfficer' ? request.badgeNo : undefined;
  if (!(await store.admin.createUser({ principal, passwordHash: await hashPassword(password), ...(badgeNo ? { badgeNo } : {}) }))) return { ok: false, code: 'username_taken', detail: request.username };
  if (grids.length > 0) {
    const rows = grids.map((g) => ({ assumed: { data: g.data as DocumentData, deleted: false }, next: { data: { ...g.data, officerIds: [...new Set([...(g.data['officerIds'] as string[]), userId])], updatedAt: now.toISOString() } as DocumentData, deleted: false } }));
    await applyPush(store, actor, deviceId, 'grids', rows, () => now);
    // The grids named at opening are bindings from today, kept in each grid's history (issue 14 item 2).
    for (const g of grids) await store.places.insertBinding(openingBinding(actor, principal, g.id, String(g.data['areaCode']), now), now);
  }
  const { mustChangePassword: _m, ...shown } = principal;
  await store.admin.audit({ at: now, actorId: actor.userId, action: 'account.open', targetKind: 'user', targetId: userId, areaCode: areaCodes[0] ?? actor.areaCode ?? null, after: { ...shown, badgeNo: request.badgeNo, gridIds: request.gridIds ?? [] } });
  return { ok: true, account: { userId, username: request.username, displayName: request.displayName, initialPassword: password } };
}

/** One enterprise account per enterprise of the ledger that has none yet: username 企业 code, display name the enterprise's. */
export async function openEnterpriseAccounts(store: Store, actor: Principal, deviceId: string, enterpriseIds: readonly string[], now: Date): Promise<OpenedAccountList> {
  const accounts: OpenedAccount[] = [];
  const skipped: OpenedAccountList['skipped'] = [];
  const have = await store.admin.enterprisesWithAccounts(enterpriseIds);
  for (const enterpriseId of new Set(enterpriseIds)) {
    if (have.has(enterpriseId)) { skipped.push({ enterpriseId, reason: '已有企业账号 Has an account' }); continue; }
    const enterprise = await readableDoc(store, actor, 'enterprises', enterpriseId);
    if (!enterprise) { skipped.push({ enterpriseId, reason: '您辖区内没有这家企业 Not in your area' }); continue; }
    const uscc = String(enterprise.data['uscc'] ?? enterpriseId);
    const opened = await openAccount(store, actor, deviceId, { kind: 'enterprise', username: `qy${uscc}`.slice(0, 64), displayName: String(enterprise.data['name']).slice(0, 200), enterpriseId }, now);
    if (opened.ok) accounts.push(opened.account);
    else skipped.push({ enterpriseId, reason: opened.detail });
  }
  return { accounts, skipped };
}
