import type { Inspection } from '@anxun/shared-schema';

type Signatures = Inspection['signatures'];

/** A refusal counts only with the refuser's name, a witness and the reason (issue 13, item 8). */
export const completeRefusal = (s: Signatures[number]) => s.refused && s.signerName.trim() !== '' && (s.witness ?? '').trim() !== '' && (s.refusalReason ?? '').trim() !== '';

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
    ...(officer && !officer.refused && officer.image && officer.signerName.trim() ? [] : ['officer' as const]),
    ...(principal && ((!principal.refused && principal.image && principal.signerName.trim()) || completeRefusal(principal)) ? [] : ['enterpriseRepresentative' as const]),
  ];
}
