import type { ChecklistTemplate } from './checklist';
import type { Enterprise, EnterpriseTag, SupervisionCategory } from './enterprise';

/** Why a template was suggested: the enterprise's supervision category (因行业) or a tag (因标签). */
export type TemplateReason = { by: 'category'; category: SupervisionCategory } | { by: 'tag'; tag: EnterpriseTag };

/** Every reason the template fits the enterprise, category first; empty when it does not fit. */
export function templateReasons(template: Pick<ChecklistTemplate, 'appliesToTags' | 'appliesToCategories'>, enterprise: Pick<Enterprise, 'tags' | 'supervisionCategory'>): TemplateReason[] {
  return [
    ...(template.appliesToCategories.includes(enterprise.supervisionCategory) ? [{ by: 'category' as const, category: enterprise.supervisionCategory }] : []),
    ...template.appliesToTags.filter((tag) => enterprise.tags.includes(tag)).map((tag) => ({ by: 'tag' as const, tag })),
  ];
}
