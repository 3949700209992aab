import { z } from 'zod';
import { Id, ShortText } from './primitives';

/**
 * Officer covers 网格员 and its variants (enforcement, expert); supervisor is 镇/区 应急管理;
 * admin is the 系统管理员 of a town or city (its area), or of the whole installation (no area):
 * keeps the ledger, grids, people and checklists, and reads no inspection or hazard records.
 */
export const Role = z.enum(['officer', 'enterprise', 'supervisor', 'admin']);
export type Role = z.infer<typeof Role>;

export const OfficerKind = z.enum(['grid', 'enforcement', 'expert', 'fireGuide']);
export type OfficerKind = z.infer<typeof OfficerKind>;

/** What a signed-in user may see; the server derives every pull and push check from it. */
export const Principal = z.object({
  userId: Id,
  username: z.string().min(1).max(64),
  displayName: ShortText,
  role: Role,
  officerKind: OfficerKind.optional(),
  /** Officers: the grids they cover. */
  gridIds: z.array(Id),
  /**
   * Officers: enterprises of their open 双随机 tasks, derived by the server from the tasks. They
   * are in the officer's scope while the task is open, so the drawn inspector can inspect offline.
   */
  taskEnterpriseIds: z.array(Id).optional(),
  /** Enterprise users: their own enterprise. */
  enterpriseId: Id.optional(),
  /** Supervisors and administrators: their administrative area (code prefix). */
  areaCode: z.string().regex(/^[0-9]{2,12}$/).optional(),
  /** A one-time or reset password: until it is changed, the server answers only change-password. */
  mustChangePassword: z.boolean().optional(),
});
export type Principal = z.infer<typeof Principal>;
