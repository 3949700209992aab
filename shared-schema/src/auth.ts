import { z } from 'zod';
import { OfficerKind, Role, type Principal } from './user';

/** One signed-in device (a refresh-token family), as a supervisor's device list shows it. */
export const AuthSessionInfo = z.object({
  id: z.string(),
  deviceId: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type AuthSessionInfo = z.infer<typeof AuthSessionInfo>;

export const AuthSessionList = z.object({ userId: z.string(), sessions: z.array(AuthSessionInfo) });
export type AuthSessionList = z.infer<typeof AuthSessionList>;

/** Answer of logout, logout-all and revoke-sessions: how many sessions this call ended. */
export const RevokeResult = z.object({ revoked: z.number().int().min(0) });
export type RevokeResult = z.infer<typeof RevokeResult>;

/** The places a user's work sits in: officers' grids (and own area), an enterprise's area, a supervisor's area. */
export interface SessionTarget {
  role: Principal['role'];
  areaCodes: readonly string[];
}

/**
 * Whether a supervisor may see and revoke another user's sessions: officers with a grid in the
 * supervisor's area, enterprise users whose enterprise is in it, supervisors of a strictly
 * smaller area inside it. Nobody else (a supervisor's peers and superiors are out of reach).
 */
export function mayManageSessionsOf(actor: Principal, target: SessionTarget): boolean {
  if (actor.role === 'admin') return mayAdministerAccountOf(actor, target);
  const area = actor.areaCode;
  if (actor.role !== 'supervisor' || !area) return false;
  // Administrators are managed by administrators only.
  if (target.role === 'admin') return false;
  if (target.role === 'supervisor') return target.areaCodes.some((code) => code.startsWith(area) && code !== area);
  return target.areaCodes.some((code) => code.startsWith(area));
}

/**
 * Whether an administrator may manage an account (open, disable, reset, revoke devices): any
 * user placed in their area; another administrator only of a strictly smaller area. The
 * installation administrator (no area) reaches everyone, other installation admins excepted.
 */
export function mayAdministerAccountOf(actor: Principal, target: SessionTarget): boolean {
  if (actor.role !== 'admin') return false;
  const area = actor.areaCode ?? '';
  if (target.role === 'admin') return target.areaCodes.some((code) => code.startsWith(area) && code !== area);
  return target.areaCodes.some((code) => code.startsWith(area));
}

/**
 * A user a supervisor may manage, as the 账号与设备 page lists them: names, never only ids, and
 * how many devices are still signed in (sessions not revoked) with when one was last used.
 */
export const ManagedUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  officerKind: OfficerKind.nullable(),
  /** Enterprise users: their enterprise's name (null if it is gone). */
  enterpriseName: z.string().nullable(),
  /** Officers: the names of the grids they cover. */
  gridNames: z.array(z.string()),
  liveSessions: z.number().int().min(0),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Disabled by an administrator (signs in no more until enabled). */
  disabled: z.boolean().optional(),
  /** 执法证号 of an enforcement officer. */
  badgeNo: z.string().nullable().optional(),
});
export type ManagedUser = z.infer<typeof ManagedUser>;

export const ManagedUserList = z.object({ users: z.array(ManagedUser) });
export type ManagedUserList = z.infer<typeof ManagedUserList>;
