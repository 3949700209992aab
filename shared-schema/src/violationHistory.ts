import type { EnforcementCase, ViolationHistory } from './enforcementCase';
import type { Hazard } from './hazard';
import { isOverdue } from './hazardFold';
import type { HazardStatus } from './hazardStateMachine';
import { COUNTED_STATES } from './hazardStates';

/**
 * What stands beside a 首违不罚 decision: the enterprise's issued hazards (drafts, rejected and
 * voided ones are not violations), the major and overdue ones among them, and its earlier closed
 * cases, naming those that ended in a penalty. The case being decided is left out.
 */
export function violationHistory(
  enterpriseId: string,
  hazards: readonly { hazard: Hazard; status: HazardStatus }[],
  cases: readonly EnforcementCase[],
  todayShanghai: string,
  currentCaseId?: string,
): ViolationHistory {
  const own = hazards.filter((h) => h.hazard.enterpriseId === enterpriseId && COUNTED_STATES.includes(h.status.state));
  const closed = cases.filter((c) => c.enterpriseId === enterpriseId && c.id !== currentCaseId && c.status === 'closed');
  return {
    pastHazards: own.length,
    pastMajorHazards: own.filter((h) => h.status.level === 'major').length,
    overdueHazards: own.filter((h) => isOverdue(h.status, todayShanghai)).length,
    closedCases: closed.length,
    penalisedCaseNos: closed.filter((c) => !c.firstViolation?.exempt).map((c) => c.caseNo),
  };
}

/** 首违: no earlier case ended in a penalty. Only a proposal: the officer decides and records why. */
export function isFirstViolation(history: ViolationHistory): boolean {
  return history.penalisedCaseNos.length === 0;
}
