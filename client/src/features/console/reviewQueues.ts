import type { HazardView } from '../../db/hazardRepository';
import type { HazardEventType } from '@anxun/shared-schema';

export type ReviewQueue = 'reported' | 'escalated' | 'extensions' | 'listing';

/** What a supervisor decides in each queue (domain §3.2 transitions 5–10). */
export const QUEUE_ACTIONS: Record<ReviewQueue, readonly HazardEventType[]> = {
  // 作废 (void) for a duplicate or mistaken record: the supervisor's alternative to deleting it.
  reported: ['confirmGeneral', 'escalate', 'reject', 'void'],
  escalated: ['confirmMajor', 'downgrade', 'reject', 'void'],
  extensions: ['decideExtension'],
  // 挂牌督办: a filed 五落实 plan to approve or return, a 复查 to record, a 核销 after a passed one.
  listing: ['approvePlan', 'reviewResumption', 'delist'],
};

const QUEUE_OF_STATE: Partial<Record<HazardView['status']['state'], ReviewQueue>> = {
  REPORTED: 'reported',
  ESCALATED: 'escalated',
  EXTENSION_REQUESTED: 'extensions',
  RESUMPTION_REQUESTED: 'listing',
  RECHECK_PASSED: 'listing',
};

/** A listed hazard waits for a supervisor only once its plan is filed; before that it waits for the enterprise. */
const queueOf = (view: HazardView): ReviewQueue | undefined =>
  view.status.state === 'LISTED' ? (view.status.plan?.state === 'filed' ? 'listing' : undefined) : QUEUE_OF_STATE[view.status.state];

/**
 * The hazards waiting for a supervisor's decision, oldest first (they have waited longest). A
 * decision made on this device moves the hazard out at once (the optimistic fold), before the
 * server's verdict; a refused decision brings it back.
 */
export function reviewQueues(views: readonly HazardView[]): Record<ReviewQueue, HazardView[]> {
  const queues: Record<ReviewQueue, HazardView[]> = { reported: [], escalated: [], extensions: [], listing: [] };
  for (const view of views) {
    const queue = queueOf(view);
    if (queue) queues[queue].push(view);
  }
  for (const list of Object.values(queues)) list.sort((a, b) => a.hazard.foundAt.localeCompare(b.hazard.foundAt));
  return queues;
}
