import type { UserRecord } from './Store';

/** One administrative change, as the audit log keeps it (who, when, what, before and after). */
export interface AdminAuditRecord {
  at: Date;
  actorId: string;
  action: string;
  targetKind: 'user' | 'enterprise' | 'grid' | 'area' | 'import' | 'binding';
  targetId: string;
  /** Where the change happened: an administrator sees the entries under their area. */
  areaCode: string | null;
  before?: unknown;
  after?: unknown;
}

/** Accounts and the audit of administrative changes (store/adminSql.ts). */
export interface AdminStore {
  /** Opens an account; false when the username or id is taken (nothing is written then). */
  createUser(user: UserRecord): Promise<boolean>;
  setPassword(userId: string, passwordHash: string, mustChange: boolean): Promise<void>;
  setDisabled(userId: string, disabledAt: Date | null): Promise<void>;
  /** Enterprise ids (of these) that already have an enterprise account. */
  enterprisesWithAccounts(enterpriseIds: readonly string[]): Promise<Set<string>>;
  /** Which of these codes (normalised USCC) any enterprise of the installation already has, in any area. */
  registeredUsccs(usccs: readonly string[]): Promise<Set<string>>;
  audit(record: AdminAuditRecord): Promise<void>;
  /** Newest first; entries under `areaCode` ('' for all), at most `limit`. */
  auditUnder(areaCode: string, limit: number): Promise<(AdminAuditRecord & { id: string })[]>;
}
