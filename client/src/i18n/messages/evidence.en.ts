import type { evidenceZh } from './evidence.zh';

export const evidenceEn: Record<keyof typeof evidenceZh, string> = {
  'problem.inspection_unsigned': 'The inspection could not be completed: it needs the inspector’s signature and the principal’s signature or a recorded refusal (name, witness, reason). Open it, add the signature, then complete it',
  'problem.hazard_evidence_missing': 'The hazard was not saved on the server: a hazard not raised from a checklist needs a site photo and a description. Add them and save again',
  'refusal.rectificationNeedsMeasures': 'Describe the measures taken before submitting the rectification',
  'refusal.rectificationNeedsPhoto': 'A rectification needs at least one photo after the work: take one and submit again',
  'sync.refusedChip': '{count} operations refused or in conflict',
  'console.conflicts.eventBy': '{pushed}’s action clashed with an earlier one by {server} and was not accepted',
  'outbox.eventRefused': 'Hazard action not accepted',
  'hazard.sitePhotos': 'Site photos',
  'hazard.required': ' (required)',
  'hazard.needsEvidence': 'Take at least one site photo and describe the hazard, then save',
};
