import { Hazard } from './hazard';
import { Inspection } from './inspection';
import type { ProblemCode } from './problems';

/**
 * What an inspection or a hazard must carry as evidence (issue 13, items 8 and 9). The device
 * checks it before saving; the server judges every pushed version against what is STORED with
 * the same functions (sync-server replication/evidenceChecks.ts).
 */
type Signatures = Inspection['signatures'];

const filled = (text: string | undefined) => (text ?? '').trim() !== '';

/** A refusal counts only with the refuser's name, a witness and the reason. */
export const completeRefusal = (s: Signatures[number]) => s.refused && filled(s.signerName) && filled(s.witness) && filled(s.refusalReason);

const drawnSignature = (s: Signatures[number]) => !s.refused && filled(s.image) && filled(s.signerName);

/**
 * What still stops an inspection from completing: an inspector's signature, and the principal's
 * signature or a recorded refusal. A self-check is the enterprise's own record and needs neither.
 */
export function missingSignatures(inspection: Pick<Inspection, 'type' | 'signatures'>): ('officer' | 'enterpriseRepresentative')[] {
  if (inspection.type === 'selfCheck') return [];
  const of = (role: string) => inspection.signatures.find((s) => s.signerRole === role);
  const officer = of('officer');
  const principal = of('enterpriseRepresentative');
  return [
    ...(officer && drawnSignature(officer) ? [] : ['officer' as const]),
    ...(principal && (drawnSignature(principal) || completeRefusal(principal)) ? [] : ['enterpriseRepresentative' as const]),
  ];
}

/**
 * A hazard raised outside a checklist item has no answer to carry its evidence: it needs its own
 * photo and description. A 举报 (source whistleblower) verified by a supervisor may come without a
 * photo (a report by text, or one whose photos the reporter could not send): it needs the
 * description only.
 */
export function missingHazardEvidence(hazard: Pick<Hazard, 'checklistItemCode' | 'photosBefore' | 'description' | 'source'>): ('photosBefore' | 'description')[] {
  if (hazard.checklistItemCode) return [];
  const photoNeeded = hazard.source !== 'whistleblower';
  return [...(hazard.photosBefore.length > 0 || !photoNeeded ? [] : ['photosBefore' as const]), ...(filled(hazard.description) ? [] : ['description' as const])];
}

export type EvidenceRefusal = { code: Extract<ProblemCode, 'inspection_unsigned' | 'hazard_evidence_missing'>; reason: string };

const SignedPart = Inspection.pick({ type: true, signatures: true, status: true });
const EvidencePart = Hazard.pick({ checklistItemCode: true, photosBefore: true, description: true, source: true });

const finishedUnsigned = (inspection: Pick<Inspection, 'type' | 'signatures' | 'status'>) => inspection.status === 'finished' && missingSignatures(inspection).length > 0;

/**
 * Judges a version about to be stored over the stored one (absent for a new document). A rule is
 * enforced on every version that would newly break it; a version stored before the rule existed
 * that already breaks it does not block other edits, but no edit may take evidence away.
 * A shape the schema refuses is not this judge's business (the push refuses it before).
 */
export function evidenceRefusal(collection: string, stored: unknown, candidate: unknown): EvidenceRefusal | null {
  if (collection === 'inspections') {
    const next = SignedPart.safeParse(candidate);
    if (!next.success || !finishedUnsigned(next.data)) return null;
    const before = stored === undefined ? undefined : SignedPart.safeParse(stored);
    if (before?.success && finishedUnsigned(before.data)) return null;
    return { code: 'inspection_unsigned', reason: `inspection_unsigned: 检查结束须有检查人员签字，以及企业负责人签字或拒签记录（姓名、见证人、理由）（缺 ${missingSignatures(next.data).join(', ')}）` };
  }
  if (collection === 'hazards') {
    const next = EvidencePart.safeParse(candidate);
    if (!next.success) return null;
    const before = stored === undefined ? undefined : EvidencePart.safeParse(stored);
    const stillMissing = before?.success ? missingHazardEvidence(before.data) : [];
    const taken = missingHazardEvidence(next.data).filter((field) => !stillMissing.includes(field));
    if (taken.length === 0) return null;
    return { code: 'hazard_evidence_missing', reason: `hazard_evidence_missing: 非检查表隐患须附现场照片和隐患描述（缺 ${taken.join(', ')}）` };
  }
  return null;
}
