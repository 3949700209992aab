import type { HazardEventPayload, HazardEventType } from '@anxun/shared-schema';

/**
 * The payload of a decision taken in 审核督办. `approved`: which of a two-way decision's buttons
 * (延期 approve/refuse, 方案 approve/return, 复查 pass/fail). A "no" to a plan or a re-check must
 * carry its reason in `reason` (the event schema refuses it otherwise); so must a reject or void.
 */
export function decisionPayload(type: HazardEventType, approved: boolean, deadline: string, text: string, needsReason: boolean): HazardEventPayload {
  const said = text.trim();
  const asReason = needsReason || (!approved && (type === 'approvePlan' || type === 'reviewResumption'));
  return {
    ...(approved && deadline ? { deadline } : {}),
    ...(type === 'decideExtension' || type === 'approvePlan' ? { approved } : {}),
    ...(type === 'reviewResumption' ? { passed: approved } : {}),
    ...(said ? (asReason ? { reason: said } : { text: said }) : {}),
  };
}
