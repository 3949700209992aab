import type { OperatingStatus, StatusChange } from './enterprise';
import { canonicalJson } from './enterpriseImportText';
import type { Role } from './user';

/** 停业 and 注销: the enterprise stays in the ledger with its records but leaves the officers' lists. */
export const DEACTIVATED_STATUSES: readonly OperatingStatus[] = ['ceased', 'closed'];

/** Who may deactivate an enterprise, bring it back, or create one: the ledger's keepers. */
export const LEDGER_KEEPERS: readonly Role[] = ['admin', 'supervisor'];

export function isDeactivated(status: unknown): boolean {
  return DEACTIVATED_STATUSES.includes(status as OperatingStatus);
}

const logOf = (doc: Record<string, unknown> | undefined): unknown[] => (doc && Array.isArray(doc['statusLog']) ? doc['statusLog'] : []);

/**
 * Whether storing `candidate` over `stored` keeps the status rules: the log only grows (history is
 * never rewritten), every new entry names the signed-in user, and a move into or out of 停业/注销
 * is made by a ledger keeper with a new entry for exactly that status (a dated reason).
 */
export function enterpriseStatusRefusal(stored: Record<string, unknown> | undefined, candidate: Record<string, unknown>, actor: { userId: string; role: Role }): string | null {
  const before = logOf(stored);
  const after = logOf(candidate);
  if (after.length < before.length || before.some((entry, i) => canonicalJson(entry) !== canonicalJson(after[i]))) {
    return '经营状态记录不能修改或删除 The status history cannot be rewritten';
  }
  const added = after.slice(before.length) as Partial<StatusChange>[];
  if (added.some((entry) => entry.by !== actor.userId)) return '经营状态记录须由本人登记 A status entry must name the signed-in user';
  const from = stored?.['operatingStatus'];
  const to = candidate['operatingStatus'];
  const deactivation = from !== to && (isDeactivated(from) || isDeactivated(to));
  if (!deactivation) return null;
  if (!LEDGER_KEEPERS.includes(actor.role)) return '只有系统管理员和监管人员可以停业、注销或恢复企业 Only administrators and supervisors deactivate or restore an enterprise';
  if (added.at(-1)?.status !== to) return '停业、注销或恢复须登记日期和原因 A deactivation or restoration needs a dated reason';
  return null;
}
