import type { HazardView } from '../../db/hazardRepository';
import type { HazardEventType } from '@anxun/shared-schema';

export type ReviewQueue = 'reported' | 'escalated' | 'extensions';

/** What a supervisor decides in each queue (domain §3.2 transitions 5–10). */
export const QUEUE_ACTIONS: Record<ReviewQueue, readonly HazardEventType[]> = {
  // 作废 (void) for a duplicate or mistaken record: the supervisor's alternative to deleting it.
  reported: ['confirmGeneral', 'escalate', 'reject', 'void'],
  escalated: ['confirmMajor', 'downgrade', 'reject', 'void'],
  extensions: ['decideExtension'],
};

const QUEUE_OF_STATE: Partial<Record<HazardView['status']['state'], ReviewQueue>> = {
  REPORTED: 'reported',
  ESCALATED: 'escalated',
  EXTENSION_REQUESTED: 'extensions',
};

/**
 * The hazards waiting for a supervisor's decision, oldest first (they have waited longest). A
 * decision made on this device moves the hazard out at once (the optimistic fold), before the
 * server's verdict; a refused decision brings it back.
 */
export function reviewQueues(views: readonly HazardView[]): Record<ReviewQueue, HazardView[]> {
  const queues: Record<ReviewQueue, HazardView[]> = { reported: [], escalated: [], extensions: [] };
  for (const view of views) {
    const queue = QUEUE_OF_STATE[view.status.state];
    if (queue) queues[queue].push(view);
  }
  for (const list of Object.values(queues)) list.sort((a, b) => a.hazard.foundAt.localeCompare(b.hazard.foundAt));
  return queues;
}
