import { CLOSED_STATES, type HazardState } from './hazardStates';
import type { PublicProgress, ReportStatus } from './publicReport';

/** Issued but not yet in the enterprise's hands: 已立为隐患. */
const OPENED_STATES: readonly HazardState[] = ['DRAFT', 'REPORTED', 'ESCALATED'];
/** Found not to be a hazard after all (不属实) or voided: the report ends as not taken up. */
const ENDED_WITHOUT_HAZARD: readonly HazardState[] = ['REJECTED', 'VOIDED'];

/**
 * The progress a reporter sees, from the report's handling status and, once verified, its
 * hazard's state. Every state of the machine falls in one bucket: rectifying is everything open
 * past confirmation (整改中, 延期, 待复查, 挂牌督办).
 */
export function publicProgress(status: ReportStatus, hazardState: HazardState | null): PublicProgress {
  if (status !== 'verified') return status;
  if (hazardState === null || OPENED_STATES.includes(hazardState)) return 'hazardOpened';
  if (CLOSED_STATES.includes(hazardState)) return 'closed';
  if (ENDED_WITHOUT_HAZARD.includes(hazardState)) return 'dismissed';
  return 'rectifying';
}

/** The public reason of a verified report whose hazard was rejected or voided (never the internal one). */
export const ENDED_AFTER_VERIFICATION_REASON = '经进一步核查，该隐患已不予追究或已撤销。';
