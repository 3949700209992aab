import type { Area, Binding, NamedAuditEntry } from '@anxun/shared-schema';
import type { AdminAuditRecord } from './AdminStore';

export type BindingTarget = { gridId: string } | { enterpriseId: string } | { userId: string };

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  targetKind?: AdminAuditRecord['targetKind'] | undefined;
  targetId?: string | undefined;
  /** Instants (Shanghai day bounds), inclusive from, exclusive to. */
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
}

/** Areas, bindings and the audit log's reading side (store/placesSql.ts). Console data: no device pulls it. */
export interface PlacesStore {
  /** Areas whose code starts with `prefix` ('' for all), in code order. */
  areasUnder(prefix: string): Promise<Area[]>;
  getArea(code: string): Promise<Area | undefined>;
  /** False when the code exists (nothing is written then). */
  createArea(area: { code: string; name: string }, at: Date): Promise<boolean>;
  renameArea(code: string, name: string, at: Date): Promise<void>;
  /** Every binding of the target, ended ones included, oldest start first. */
  bindingsOf(target: BindingTarget): Promise<Binding[]>;
  getBinding(id: string): Promise<Binding | undefined>;
  /** False when the person already has a current binding of that kind to that target (the unique index). */
  insertBinding(binding: Binding, at: Date): Promise<boolean>;
  /** Ends a current binding; false when it was no longer current. */
  endBinding(id: string, endsOn: string, by: string, at: Date): Promise<boolean>;
  /** Entries under `areaCode` ('' for all) matching the filter, newest first, with the actor's name. */
  auditUnder(areaCode: string, filter: AuditFilter): Promise<NamedAuditEntry[]>;
}
