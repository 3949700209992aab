import type { ChecklistTemplate, Inspection } from '@anxun/shared-schema';

export interface InspectionCounts {
  pass: number;
  fail: number;
  na: number;
  open: number;
  hazards: number;
  total: number;
}

/** Counts for the progress bar and the 检查小结; items of the template not yet answered are open. */
export function countAnswers(inspection: Inspection, template: ChecklistTemplate): InspectionCounts {
  const byCode = new Map(inspection.answers.map((a) => [a.itemCode, a]));
  const counts: InspectionCounts = { pass: 0, fail: 0, na: 0, open: 0, hazards: 0, total: template.items.length };
  for (const item of template.items) {
    const answer = byCode.get(item.code);
    if (!answer) counts.open += 1;
    else counts[answer.result] += 1;
    if (answer?.hazardId) counts.hazards += 1;
  }
  return counts;
}
