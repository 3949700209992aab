import type { DrawCriteria, DrawRequest, EnterpriseTag, RiskColour, SupervisionCategory } from '@anxun/shared-schema';

/** The draw form as the supervisor fills it in; empty choices mean "any". */
export interface DrawFormState {
  townCode: string;
  gridIds: string[];
  category: SupervisionCategory | '';
  tags: EnterpriseTag[];
  riskColours: RiskColour[];
  poolIds: string[];
  count: number;
  dueDate: string;
}

export const emptyDrawForm = (dueDate: string): DrawFormState => ({ townCode: '', gridIds: [], category: '', tags: [], riskColours: [], poolIds: [], count: 5, dueDate });

export function drawRequestOf(form: DrawFormState): DrawRequest {
  const criteria: DrawCriteria = {
    gridIds: form.gridIds, categories: form.category === '' ? [] : [form.category], tags: form.tags, riskColours: form.riskColours,
    ...(form.townCode === '' ? {} : { areaCode: form.townCode }),
  };
  return { criteria, poolIds: form.poolIds, count: form.count, ...(form.dueDate === '' ? {} : { dueDate: form.dueDate }) };
}

/** Adds or removes one value of a multiple choice. */
export const toggle = <T,>(values: readonly T[], value: T): T[] => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);
