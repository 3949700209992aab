import { CITATIONS, newId, nextProvisionalWritNo, shanghaiDate, type EnforcementCase, type Writ, type WritInquiry, type WritKind, type WritPenalty } from '@anxun/shared-schema';
import { caseWritText } from './caseWritWording';
import { WRIT_TITLE } from './writWording';

/** What a case document adds to its case: the penalty, the inquiry, what was served, the receiving body. */
export interface CaseWritInput {
  kind: WritKind;
  penalty?: WritPenalty | undefined;
  inquiry?: WritInquiry | undefined;
  /** 送达回执: the writ served. */
  served?: Writ | undefined;
  place: string;
}

/** 《行政处罚决定书》（杨舍应急罚决〔2026〕1号）, or its provisional number until the server numbers it. */
export function writReference(writ: Writ): string {
  return `《${WRIT_TITLE[writ.kind]}》（${writ.officialNo ?? `临时编号${writ.provisionalNo}`}）`;
}

/**
 * A case document drafted from its case: party, officers and facts copied (the printed copy never
 * changes with the case), the text worded by caseWritText, a provisional number of this device.
 */
export function draftCaseWrit(c: EnforcementCase, input: CaseWritInput, device: { deviceId: string; existingNos: Iterable<string>; issuedBy: string; now: Date }): Writ {
  const at = device.now.toISOString();
  const penaltyKey = c.penaltyKey && CITATIONS.has(c.penaltyKey) ? c.penaltyKey : undefined;
  const legalBasis = caseWritText(input.kind, {
    townCode: c.townCode, townName: c.townName, partyName: c.party.name, cause: c.cause, facts: c.facts, violatedKey: c.violatedKey, penaltyKey,
    penalty: input.penalty, servedDocument: input.served ? writReference(input.served) : undefined, transferTo: c.transferTo,
  });
  return {
    id: `writ-${newId()}`, kind: input.kind, caseId: c.id, enterpriseId: c.enterpriseId, hazardIds: c.hazardIds, townCode: c.townCode, townName: c.townName,
    provisionalNo: nextProvisionalWritNo(device.deviceId, shanghaiDate(device.now), device.existingNos),
    party: c.party, place: input.place, inspectedAt: at, findings: input.kind === 'caseApproval' ? `案由：${c.cause}` : '', items: [], legalBasis,
    issuedAt: at, issuedBy: device.issuedBy, officers: c.officers, signatures: [], updatedAt: at,
    ...(input.penalty ? { penalty: input.penalty } : {}),
    ...(input.inquiry ? { inquiry: input.inquiry } : {}),
    ...(input.served ? { servedDocument: writReference(input.served) } : {}),
    ...(input.kind === 'caseTransfer' && c.transferTo ? { transferTo: c.transferTo } : {}),
  };
}
