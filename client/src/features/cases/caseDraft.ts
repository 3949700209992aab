import { nextProvisionalWritNo, shanghaiDate, type EnforcementCase, type Enterprise, type Hazard } from '@anxun/shared-schema';

export interface OpenCaseInput {
  id: string;
  hazard: Hazard;
  enterprise: Enterprise;
  cause: string;
  facts: string;
  violatedKey: string;
  penaltyKey: string;
  opener: { userId: string; displayName: string; certNo: string };
  second: { name: string; certNo: string };
  deviceId: string;
  existingNos: Iterable<string>;
  now: Date;
}

/**
 * 立案 from an accepted referral: the party copied from the enterprise profile, the hazard named,
 * two officers (the opener and the second the law requires), a provisional case number of this
 * device; the 立案审批表's official number replaces it once the server has numbered that.
 */
export function draftCase(s: OpenCaseInput): EnforcementCase {
  const principal = s.enterprise.people.find((p) => p.role === 'principal') ?? s.enterprise.people.find((p) => p.role === 'safetyLead');
  const at = s.now.toISOString();
  return {
    id: s.id, enterpriseId: s.enterprise.id, hazardIds: [s.hazard.id], caseNo: nextProvisionalWritNo(s.deviceId, shanghaiDate(s.now), s.existingNos),
    townCode: s.enterprise.areaCode.slice(0, 9), townName: s.enterprise.townName,
    party: {
      name: s.enterprise.name, uscc: s.enterprise.uscc, address: s.enterprise.siteAddress || s.enterprise.regAddress, legalRepresentative: principal?.name ?? '',
      ...(principal?.phone ? { phone: principal.phone } : {}),
    },
    cause: s.cause.trim(), facts: s.facts.trim(), violatedKey: s.violatedKey, penaltyKey: s.penaltyKey, status: 'filed',
    officers: [
      { id: s.opener.userId, name: s.opener.displayName, ...(s.opener.certNo.trim() ? { certNo: s.opener.certNo.trim() } : {}) },
      // The second officer is named by hand (as on writs: cosigner ids), never under the opener's id.
      { id: 'cosigner-1', name: s.second.name.trim(), ...(s.second.certNo.trim() ? { certNo: s.second.certNo.trim() } : {}) },
    ],
    openedBy: s.opener.userId, openedAt: at, updatedAt: at,
  };
}
