import { z } from 'zod';
import { LocalDate } from './primitives';
import type { AdminAuditEntry } from './administration';

/** Filters of the audit log page (GET /api/admin/audit). Dates are Asia/Shanghai days, inclusive. */
export const AuditQuery = z.object({
  actor: z.string().max(64).optional(),
  action: z.string().max(64).regex(/^[a-z_.]*$/).optional(),
  targetKind: z.enum(['user', 'enterprise', 'grid', 'area', 'import', 'binding']).optional(),
  targetId: z.string().max(64).optional(),
  from: LocalDate.optional(),
  to: LocalDate.optional(),
  limit: z.coerce.number().int().min(1).max(5_000).optional(),
  format: z.enum(['json', 'csv']).optional(),
}).strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

/** An audit entry with the actor's name, for people reading the log. */
export type NamedAuditEntry = AdminAuditEntry & { actorName: string };

const cell = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  // Quote every cell; a leading = + - @ would run as a formula in a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The audit log as CSV (UTF-8 with BOM so Excel reads Chinese): 时间, 操作人, 操作, 对象类型, 对象, 修改前, 修改后. */
export function auditCsv(entries: readonly NamedAuditEntry[]): string {
  const header = ['时间', '操作人', '操作人账号ID', '操作', '对象类型', '对象', '修改前', '修改后'].map(cell).join(',');
  const lines = entries.map((e) => [e.at, e.actorName, e.actorId, e.action, e.targetKind, e.targetId, e.before, e.after].map(cell).join(','));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}
