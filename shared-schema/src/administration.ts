import { z } from 'zod';
import { Id, ShortText } from './primitives';
import type { OfficerKind, Principal, Role } from './user';

/**
 * A password someone chooses for themselves: 8 to 200 characters, not only digits or only
 * letters, not the username. Initial and reset passwords are generated (generatedPassword).
 */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 8) return '密码至少 8 位 At least 8 characters';
  if (password.length > 200) return '密码最多 200 位 At most 200 characters';
  if (/^[0-9]+$/.test(password) || /^[A-Za-z]+$/.test(password)) return '密码须同时包含字母和数字 Mix letters and digits';
  if (password.normalize('NFKC').toLowerCase() === username.normalize('NFKC').toLowerCase()) return '密码不能与用户名相同 Not the username';
  return null;
}

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** The kinds of account an administrator opens (an officer's kind decides its work). */
export const AccountKind = z.enum(['gridOfficer', 'enforcementOfficer', 'expert', 'fireGuide', 'supervisor', 'admin', 'enterprise']);
export type AccountKind = z.infer<typeof AccountKind>;

export const NewAccount = z.object({
  kind: AccountKind,
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,64}$/),
  displayName: ShortText,
  /** Supervisors, admins, and officers without a grid: the area they work in (inside the admin's). */
  areaCode: z.string().regex(/^[0-9]{2,12}$/).optional(),
  /** Enterprise accounts: their enterprise. */
  enterpriseId: Id.optional(),
  /** Officers: the grids they cover (the account is added to each grid's officers). */
  gridIds: z.array(Id).max(20).optional(),
  /** 执法证号, required for enforcement officers. */
  badgeNo: z.string().trim().min(4).max(40).optional(),
});
export type NewAccount = z.infer<typeof NewAccount>;

/** What opening an account answers: the initial password is shown once, to print the 开通通知. */
export const OpenedAccount = z.object({ userId: z.string(), username: z.string(), displayName: z.string(), initialPassword: z.string() });
export type OpenedAccount = z.infer<typeof OpenedAccount>;

export const OpenedAccountList = z.object({ accounts: z.array(OpenedAccount), skipped: z.array(z.object({ enterpriseId: z.string(), reason: z.string() })) });
export type OpenedAccountList = z.infer<typeof OpenedAccountList>;

export const BulkEnterpriseAccounts = z.object({ enterpriseIds: z.array(Id).min(1).max(5000) });
export type BulkEnterpriseAccounts = z.infer<typeof BulkEnterpriseAccounts>;

export const AccountKindRole: Record<AccountKind, { role: Role; officerKind?: OfficerKind }> = {
  gridOfficer: { role: 'officer', officerKind: 'grid' },
  enforcementOfficer: { role: 'officer', officerKind: 'enforcement' },
  expert: { role: 'officer', officerKind: 'expert' },
  fireGuide: { role: 'officer', officerKind: 'fireGuide' },
  supervisor: { role: 'supervisor' },
  admin: { role: 'admin' },
  enterprise: { role: 'enterprise' },
};

/** One entry of the administrative audit log. */
export const AdminAuditEntry = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  actorId: z.string(),
  action: z.string(),
  targetKind: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AdminAuditEntry = z.infer<typeof AdminAuditEntry>;
export const AdminAuditList = z.object({ entries: z.array(AdminAuditEntry) });
export type AdminAuditList = z.infer<typeof AdminAuditList>;

/**
 * Whether an administrator reaches a place: an installation admin (no area) reaches every area,
 * a town or city admin the codes under theirs.
 */
export function adminReaches(actor: Principal, areaCode: string | null | undefined): boolean {
  if (actor.role !== 'admin' || !areaCode) return false;
  return areaCode.startsWith(actor.areaCode ?? '');
}

export const ResetPasswordResult = z.object({ userId: z.string(), initialPassword: z.string() });
export type ResetPasswordResult = z.infer<typeof ResetPasswordResult>;
