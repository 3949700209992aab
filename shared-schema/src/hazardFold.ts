import type { Hazard } from './hazard';
import type { HazardEvent } from './hazardEvents';
import { initialStatus, judgeEvent, type HazardStatus } from './hazardStateMachine';
import { TO_RECTIFY_STATES, type HazardState } from './hazardStates';

/**
 * When an event took effect, for figures that grade people (invariant 9): the server's time in
 * its verdict once judged; the device's clock only for a pending event shown optimistically.
 */
export const effectiveTime = (event: HazardEvent): string => event.verdict?.at ?? event.deviceTime;

/** The state change an accepted event makes. Pure; `status` is a fresh copy owned by the caller. */
export function applyEvent(status: HazardStatus, event: HazardEvent): HazardStatus {
  const p = event.payload;
  const next: HazardStatus = { ...status };
  const to = (state: HazardState) => {
    next.state = state;
  };
  const proposedMajor = () => {
    if (!status.majorProposedBy.includes(event.actorId)) next.majorProposedBy = [...status.majorProposedBy, event.actorId];
  };
  switch (event.type) {
    case 'assign':
    case 'confirmGeneral':
      to('RECTIFYING');
      next.level = 'general';
      next.deadline = p.deadline;
      break;
    case 'fixOnSpot':
      to('CLOSED');
      next.closedAt = effectiveTime(event);
      break;
    case 'report':
      to('REPORTED');
      if (status.level === 'major') proposedMajor();
      break;
    case 'escalate':
      to('ESCALATED');
      proposedMajor();
      break;
    case 'confirmMajor':
      to('RECTIFYING');
      next.level = 'major';
      next.deadline = p.deadline;
      break;
    case 'downgrade':
      to('RECTIFYING');
      next.level = 'general';
      next.deadline = p.deadline;
      break;
    case 'reject':
      to('REJECTED');
      next.closedAt = effectiveTime(event);
      break;
    case 'requestExtension':
      to('EXTENSION_REQUESTED');
      next.extension = { requestedDeadline: p.deadline ?? '', reason: p.reason ?? '' };
      break;
    case 'decideExtension':
      to('RECTIFYING');
      if (p.approved) next.deadline = p.deadline ?? status.extension?.requestedDeadline ?? status.deadline;
      next.extension = undefined;
      break;
    case 'submitRectification':
      to('SUBMITTED');
      next.extension = undefined;
      break;
    case 'verify':
      if (p.passed) {
        to('CLOSED');
        next.closedAt = effectiveTime(event);
      } else {
        to('RECTIFYING');
        next.failedRechecks = status.failedRechecks + 1;
        if (p.deadline) next.deadline = p.deadline;
      }
      break;
    case 'list':
      to('LISTED');
      next.listing = {
        level: p.listingLevel ?? 'town', docNo: p.docNo ?? '', plannedDate: p.plannedDate, areaCode: event.actorAreaCode,
        stopProduction: p.stopProduction === true, reviewDate: p.reviewDate,
      };
      break;
    case 'filePlan':
      next.plan = {
        measures: p.measures ?? '', responsiblePerson: p.responsiblePerson ?? '', costYuan: p.costYuan ?? 0, deadline: p.deadline ?? '',
        emergencyPlan: p.emergencyPlan ?? '', state: 'filed', filedBy: event.actorName,
      };
      break;
    case 'approvePlan':
      if (status.plan) next.plan = p.approved ? { ...status.plan, state: 'approved' } : { ...status.plan, state: 'returned', returnReason: p.reason };
      if (p.approved) to('PLAN_APPROVED');
      break;
    case 'requestResumption':
      to('RESUMPTION_REQUESTED');
      break;
    case 'reviewResumption':
      to(p.passed ? 'RECHECK_PASSED' : 'PLAN_APPROVED');
      break;
    case 'delist':
      to('WRITTEN_OFF');
      next.closedAt = effectiveTime(event);
      break;
    case 'referToEnforcement':
      next.referredToEnforcement = true;
      next.referral = { state: 'pending', referredBy: event.actorId, referredByName: event.actorName, referredAt: effectiveTime(event), note: p.text ?? p.reason };
      break;
    case 'acceptReferral':
    case 'returnReferral':
      next.referredToEnforcement = event.type === 'acceptReferral';
      if (status.referral) {
        next.referral = {
          ...status.referral, state: event.type === 'acceptReferral' ? 'accepted' : 'returned',
          decidedBy: event.actorId, decidedByName: event.actorName, decidedAt: effectiveTime(event), reason: p.reason ?? p.text,
        };
      }
      break;
    case 'void':
      // 作废: kept in the ledger and the figures as VOIDED, never "closed" (no closedAt).
      to('VOIDED');
      break;
    case 'comment':
      break;
  }
  return next;
}

/**
 * Server order: events the server accepted, by server sequence. Events without a verdict yet
 * follow, by device time then id, so a device shows its own pending actions optimistically.
 */
export function orderEvents(events: readonly HazardEvent[]): HazardEvent[] {
  const judged = events.filter((e) => e.verdict).sort((a, b) => (a.verdict?.seq ?? 0) - (b.verdict?.seq ?? 0));
  const pending = events
    .filter((e) => !e.verdict)
    .sort((a, b) => a.deviceTime.localeCompare(b.deviceTime) || a.id.localeCompare(b.id));
  return [...judged, ...pending];
}

/** A hazard's state: the same pure fold of its events on every device and on the server. */
export function foldHazard(hazard: Hazard, events: readonly HazardEvent[]): HazardStatus {
  let status = initialStatus(hazard);
  for (const event of orderEvents(events)) {
    if (event.verdict && !event.verdict.accepted) {
      status = {
        ...status,
        rejected: [...status.rejected, {
          eventId: event.id, type: event.type, code: event.verdict.code ?? 'rejected', reason: event.verdict.reason ?? '', final: true, atState: status.state,
        }],
      };
      continue;
    }
    if (event.verdict) {
      // The server accepted it at this place in the order, so apply it as judged.
      status = applyEvent(status, event);
      status.appliedEventIds = [...status.appliedEventIds, event.id];
      continue;
    }
    const judgement = judgeEvent(hazard, status, event);
    if (judgement.ok) {
      status = applyEvent(status, event);
      status.pendingEventIds = [...status.pendingEventIds, event.id];
    } else {
      status = {
        ...status,
        rejected: [...status.rejected, { eventId: event.id, type: event.type, code: judgement.code, reason: judgement.reason, final: false, atState: status.state }],
      };
    }
  }
  return status;
}

/** 逾期: past the deadline (Asia/Shanghai date) while still to be rectified. Closing on the deadline day is on time. */
export function isOverdue(status: HazardStatus, todayShanghai: string): boolean {
  return (
    TO_RECTIFY_STATES.includes(status.state) &&
    status.deadline !== undefined &&
    status.deadline < todayShanghai
  );
}
