import { orderEvents, type HazardEvent, type Role } from '@anxun/shared-schema';
import type { HazardView } from '../../db/hazardRepository';

export interface RecheckQueue<V> {
  /** 待复查: submitted rectifications, the longest waiting first. */
  submitted: V[];
  /** 延期申请: requests to decide, the nearest current deadline first. */
  extensions: V[];
  /** 逾期未整改: the most overdue first. */
  overdue: V[];
  /** 待确认: reported hazards (officers: first level) or escalated ones (supervisors: second level). */
  toConfirm: V[];
}

/** The last accepted-or-pending event of a type that counts in the hazard's state. */
export function lastCounted(view: Pick<HazardView, 'events' | 'status'>, type: HazardEvent['type']): HazardEvent | undefined {
  const counted = new Set([...view.status.appliedEventIds, ...view.status.pendingEventIds]);
  return orderEvents(view.events).filter((e) => counted.has(e.id) && e.type === type).pop();
}

const when = (e: HazardEvent | undefined) => e?.verdict?.at ?? e?.deviceTime ?? '';

/** What the re-checking officer (or supervisor) has to do on the hazards their device holds. */
export function recheckQueue<V extends Pick<HazardView, 'hazard' | 'events' | 'status' | 'overdue'>>(views: readonly V[], role: Role): RecheckQueue<V> {
  const submitted = views.filter((v) => v.status.state === 'SUBMITTED')
    .sort((a, b) => when(lastCounted(a, 'submitRectification')).localeCompare(when(lastCounted(b, 'submitRectification'))));
  const extensions = views.filter((v) => v.status.state === 'EXTENSION_REQUESTED')
    .sort((a, b) => (a.status.deadline ?? '').localeCompare(b.status.deadline ?? ''));
  // `overdue` was computed by Asia/Shanghai date in the repository; the earliest deadline is the most overdue.
  const overdue = views.filter((v) => v.overdue).sort((a, b) => (a.status.deadline ?? '').localeCompare(b.status.deadline ?? ''));
  const confirmState = role === 'supervisor' ? 'ESCALATED' : 'REPORTED';
  const toConfirm = views.filter((v) => v.status.state === confirmState).sort((a, b) => a.hazard.foundAt.localeCompare(b.hazard.foundAt));
  return { submitted, extensions, overdue, toConfirm };
}
